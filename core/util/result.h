#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Studio {

/// An error a person can act on: what went wrong, in words, and optionally where.
struct Error
{
    QString message;
    QString detail; ///< technical detail (SQL error text, path, errno) for logs and --verbose

    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QLatin1Char('\n') + detail;
    }
};

/// The result of a fallible core call: a value or an Error. Cheap to move.
/// (std::expected is C++23; GCC 12 with C++20 lacks it.)
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// A fallible call with no value.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Studio
