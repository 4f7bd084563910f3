#include "syncedlistmodel.h"
