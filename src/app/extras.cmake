# The tray, the demo data, the icons, the translations and the install rules of the desktop
# application. Included by CMakeLists.txt beside this file, which then calls
# signalbox_app_extras(<library> <executable>).

set(SIGNALBOX_APP_EXTRA_SOURCES
    demodata.cpp demodata.h
    systemtraybackend.cpp systemtraybackend.h
    traybackend.h
    traynotifier.cpp traynotifier.h
)

include(GNUInstallDirs)

set(SIGNALBOX_ICON_SIZES 16 22 24 32 48 64 128 256)

function(signalbox_app_extras lib exe)
    set(resources ${PROJECT_SOURCE_DIR}/resources)

    # Icons: the SVG, and PNGs rendered from it for the sizes a tray or a task bar asks for.
    set(icon_files ${resources}/icons/signalbox.svg)
    foreach(size IN LISTS SIGNALBOX_ICON_SIZES)
        list(APPEND icon_files ${resources}/icons/signalbox-${size}.png)
    endforeach()
    qt_add_resources(${lib} "signalbox_icons"
        PREFIX "/"
        BASE ${resources}
        FILES ${icon_files}
    )
    target_link_libraries(${lib} PUBLIC Qt6::Svg)

    # Translations: lupdate reads the strings of every layer (the update_translations and
    # ${lib}_lupdate targets); the .qm files are compiled in under :/i18n/.
    set(translated_sources)
    foreach(layer IN ITEMS src/store src/models src/app)
        file(GLOB layer_sources CONFIGURE_DEPENDS
            ${PROJECT_SOURCE_DIR}/${layer}/*.cpp ${PROJECT_SOURCE_DIR}/${layer}/*.h)
        list(APPEND translated_sources ${layer_sources})
    endforeach()
    file(GLOB forms CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/ui/*.ui)
    list(APPEND translated_sources ${forms})
    qt_add_translations(${lib}
        TS_FILES
            ${PROJECT_SOURCE_DIR}/translations/signalbox_de.ts
            ${PROJECT_SOURCE_DIR}/translations/signalbox_en.ts
            ${PROJECT_SOURCE_DIR}/translations/signalbox_fr.ts
        RESOURCE_PREFIX /i18n
        SOURCES ${translated_sources}
        INCLUDE_DIRECTORIES
            ${PROJECT_SOURCE_DIR}/src/store
            ${PROJECT_SOURCE_DIR}/src/models
            ${PROJECT_SOURCE_DIR}/src/app
        LUPDATE_OPTIONS -no-obsolete -locations none
    )
endfunction()
