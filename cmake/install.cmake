# Installation: the binary, its man page and bash completion, the reference data, and the library
# as a CMake package (find_package(gcsj) then gcsj::gcsj); CPack builds a .deb of it all.
include(CMakePackageConfigHelpers)

install(TARGETS gcsj RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/gcsj.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/completions/gcsj.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME gcsj)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/gcsj/data)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

install(TARGETS gcsj_lib EXPORT gcsjTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/gcsj
        FILES_MATCHING PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/generated/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/gcsj)
install(EXPORT gcsjTargets NAMESPACE gcsj:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/gcsj)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/gcsjConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/gcsjConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/gcsj)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/gcsjConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/gcsjConfig.cmake ${PROJECT_BINARY_DIR}/gcsjConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/gcsj)

set(CPACK_PACKAGE_NAME gcsj)
set(CPACK_PACKAGE_VENDOR "Global Coalition for Social Justice secretariat tooling")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "gcsj maintainers <gcsj@localhost>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libstdc++6, libgcc-s1, libfmt9, libyaml-cpp0.7, libgit2-1.5, libxlsxwriter4, libcmark0.30.2")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libyaml-cpp-dev, libfmt-dev, libgit2-dev, libxlsxwriter-dev, libcmark-dev")
set(CPACK_PACKAGE_INSTALL_DIRECTORY gcsj)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
