# SPDX-License-Identifier: GPL-3.0-or-later
# Domain value types and the resource list model: included by tests/unit/CMakeLists.txt.
portal_add_test(tst_resource SOURCES tst_resource.cpp tst_resource_fixtures.cpp LIBS portal_core)
portal_add_test(tst_resourceenums SOURCES tst_resourceenums.cpp LIBS portal_core)
portal_add_test(tst_resourcelistmodel SOURCES tst_resourcelistmodel.cpp LIBS portal_core)
portal_add_test(tst_blogpost SOURCES tst_blogpost.cpp LIBS portal_core)
portal_add_test(tst_application SOURCES tst_application.cpp LIBS portal_core)
portal_add_test(tst_resourcejson SOURCES tst_resourcejson.cpp LIBS portal_core)
