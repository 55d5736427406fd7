# SPDX-License-Identifier: GPL-3.0-or-later
# Applications for staff: searchable list, detail with the masked secret, create/edit form.
target_sources(portal_app PRIVATE
    ApplicationsView.h ApplicationsView.cpp
    ApplicationForm.h ApplicationForm.cpp
    ${PROJECT_SOURCE_DIR}/ui/ApplicationsView.ui
    ${PROJECT_SOURCE_DIR}/ui/ApplicationForm.ui
)
