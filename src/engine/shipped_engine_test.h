#pragma once
// For the unit tests: the engine with the shipped rules, dictionaries and name table, made once.

#include <doctest/doctest.h>

#include <memory>

#include "engine/engine.h"

namespace mtlint {

inline const Engine& shipped_engine() {
  static const std::unique_ptr<Engine> engine = [] {
    EngineOptions options;
    options.data_dir = MTLINT_SOURCE_DATA_DIR;
    auto made = Engine::create(options);
    REQUIRE_MESSAGE(made.ok(), (made.ok() ? "" : made.error().format()));
    return std::move(*made);
  }();
  return *engine;
}

}  // namespace mtlint
