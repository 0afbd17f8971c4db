#pragma once
/// @file stdinsecret.h
/// @brief Secrets for `sources add` come on standard input (never argv, which `ps` shows).

#include <QString>

#include <optional>

namespace fi::cli {

/// The first line of standard input (line end removed) when stdin is not a terminal; nullopt
/// when it is a terminal, or the line is empty. Blocks until a line or EOF arrives.
std::optional<QString> secretFromStdin();

} // namespace fi::cli
