# Tests of the tray, the demo data and the translations. Included by CMakeLists.txt beside this
# file.

signalbox_add_test(tst_traynotifier SOURCES tst_traynotifier.cpp LIBS signalbox_app)
signalbox_add_test(tst_demodata SOURCES tst_demodata.cpp LIBS signalbox_app)
signalbox_add_test(tst_translations SOURCES tst_translations.cpp LIBS signalbox_app)
target_compile_definitions(tst_translations PRIVATE
    SIGNALBOX_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations")

# The real system tray, once: on a virtual X display with a tray host.
find_program(SIGNALBOX_XVFB_RUN xvfb-run)
find_program(SIGNALBOX_TRAYER trayer)
qt_add_executable(tst_traynotifier_real tst_traynotifier_real.cpp)
target_link_libraries(tst_traynotifier_real PRIVATE signalbox_test_support signalbox_app Qt6::Test)
if(SIGNALBOX_XVFB_RUN AND SIGNALBOX_TRAYER)
    add_test(NAME tst_traynotifier_real
        COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/run-with-tray.sh $<TARGET_FILE:tst_traynotifier_real>)
    set_tests_properties(tst_traynotifier_real PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=xcb" TIMEOUT 120)
else()
    message(STATUS "xvfb-run or trayer not found: tst_traynotifier_real is built but not run")
endif()
