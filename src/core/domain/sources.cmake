# SPDX-License-Identifier: GPL-3.0-or-later
# Domain value types: owned by the domain work. Adds sources with target_sources(portal_core PRIVATE ...).
target_sources(portal_core PRIVATE
    domain/SystemResourceType.h domain/SystemResourceType.cpp
    domain/Amenity.h domain/Amenity.cpp
    domain/BookingPolicy.h
    domain/BookingPolicyJson.h domain/BookingPolicyJson.cpp
    domain/JsonReadExtra.h domain/JsonReadExtra.cpp
    domain/JsonWrite.h
    domain/FieldCollector.h
    domain/ResourceFields.h domain/ResourceFields.cpp
    domain/RecordBase.h domain/RecordBase.cpp
    domain/Resource.h domain/Resource.cpp
    domain/ResourceMapping.h domain/ResourceMapping.cpp
    domain/BlogCategory.h domain/BlogCategory.cpp
    domain/BlogComment.h domain/BlogComment.cpp
    domain/BlogPost.h domain/BlogPost.cpp
    domain/SpaceWords.h domain/SpaceWords.cpp
    domain/Application.h domain/Application.cpp
)
