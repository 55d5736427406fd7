// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QByteArray>
#include <QtGlobal>

namespace emulator {

class DemoData;

//! Pictures of resources (docs/emulator.md "Resource pictures"): a small PNG generated from the id,
//! so every resource with a PictureFileName has its own picture without shipping image files.
//! The emulator does not link QtGui, hence the hand-written PNG encoder.
namespace ResourcePictures {

//! A `width`×`height` RGB PNG whose colours and stripes depend on `id` only.
QByteArray generatedPng(qint64 id, int width = 96, int height = 64);

//! The picture of resource `id` as a route answer: image/png, or 404 when the resource is unknown
//! or has no PictureFileName. `publishedOnly`: the portal route hides unpublished resources.
Response picture(const DemoData &data, qint64 id, bool publishedOnly);

} // namespace ResourcePictures

} // namespace emulator
