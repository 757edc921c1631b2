#include "mlflowserver.h"

#include "../util/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QVariant>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Studio {

// ---------------------------------------------------------------------------------------------
// MlflowBackend defaults

Result<void> MlflowBackend::updateRun(const QString &, const QString &, qint64)
{
    return {};
}

Result<std::optional<MlflowBackend::ExperimentInfo>> MlflowBackend::findExperiment(const QString &)
{
    return std::optional<ExperimentInfo>();
}

Result<std::optional<MlflowBackend::ExperimentInfo>>
MlflowBackend::findExperimentByName(const QString &)
{
    return std::optional<ExperimentInfo>();
}

QString mlflowRunStatus(const QString &status)
{
    static const QStringList mlflowNames
        = {u"RUNNING"_s, u"SCHEDULED"_s, u"FINISHED"_s, u"FAILED"_s, u"KILLED"_s};
    const QString upper = status.toUpper();
    if (mlflowNames.contains(upper))
        return upper;
    const std::optional<RunStatus> studio = runStatusFromString(status);
    if (!studio)
        return u"RUNNING"_s;
    switch (*studio) {
    case RunStatus::NotStarted:
    case RunStatus::Queued:
    case RunStatus::Preparing:
    case RunStatus::Starting:
        return u"SCHEDULED"_s;
    case RunStatus::Completed:
        return u"FINISHED"_s;
    case RunStatus::Failed:
        return u"FAILED"_s;
    case RunStatus::Canceled:
        return u"KILLED"_s;
    case RunStatus::Running:
    case RunStatus::Finalizing:
    case RunStatus::CancelRequested:
    case RunStatus::NotResponding:
        break;
    }
    return u"RUNNING"_s;
}

namespace Internal {
namespace {

// MLflow's limits (mlflow/utils/validation.py). Tag values: 5000 in MLflow 2.0–2.x, 8000 in
// later releases; the larger one is accepted so newer clients are not refused.
constexpr qsizetype MaxKeyLength = 250;
constexpr qsizetype MaxParamValueLength = 6000;
constexpr qsizetype MaxTagValueLength = 8000;
constexpr qsizetype MaxMetricsPerBatch = 1000;
constexpr qsizetype MaxParamsTagsPerBatch = 100;
constexpr qsizetype MaxEntitiesPerBatch = 1000;

// ---------------------------------------------------------------------------------------------
// HTTP

struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // percent-decoded
    QByteArray query; // raw, without '?'
    QByteArray body;
    bool keepAlive = true;
};

struct ParseOutcome
{
    enum Kind { NeedMore, Complete, Fail };
    Kind kind = NeedMore;
    HttpRequest request;
    int status = 0;              // Fail: the HTTP status to answer with, then close
    QByteArray reason;           // Fail: why, for the body and the log
    bool expectContinue = false; // NeedMore: the headers asked for "100 Continue"
};

ParseOutcome fail(int status, QByteArray reason)
{
    ParseOutcome outcome;
    outcome.kind = ParseOutcome::Fail;
    outcome.status = status;
    outcome.reason = std::move(reason);
    return outcome;
}

/// Takes one complete request off the front of `buffer` (leaving what follows: pipelining).
ParseOutcome takeRequest(QByteArray &buffer)
{
    // Where the header block ends (a blank line; bare LF line ends are tolerated).
    qsizetype pos = 0;
    // RFC 9112 2.2: ignore empty lines before a request line.
    while (pos < buffer.size() && (buffer.at(pos) == '\r' || buffer.at(pos) == '\n'))
        ++pos;
    if (pos > 0) {
        buffer.remove(0, pos);
        pos = 0;
    }
    qsizetype headerEnd = -1;
    qsizetype bodyStart = -1;
    {
        const qsizetype crlf = buffer.indexOf("\r\n\r\n");
        const qsizetype lf = buffer.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            headerEnd = crlf;
            bodyStart = crlf + 4;
        } else if (lf >= 0) {
            headerEnd = lf;
            bodyStart = lf + 2;
        }
    }
    if (headerEnd < 0) {
        if (buffer.size() > MlflowServer::MaxHeaderBytes)
            return fail(431, "The request's headers are too large.");
        return {};
    }
    if (bodyStart > MlflowServer::MaxHeaderBytes)
        return fail(431, "The request's headers are too large.");

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    auto trimmedLine = [](QByteArray line) {
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    const QByteArray requestLine = trimmedLine(lines.first());
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return fail(400, "Malformed request line.");
    const QByteArray &version = parts.at(2);
    if (!version.startsWith("HTTP/"))
        return fail(400, "Malformed request line.");
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, "Only HTTP/1.0 and HTTP/1.1 are supported.");

    HttpRequest request;
    request.method = parts.at(0);
    request.keepAlive = version == "HTTP/1.1";
    std::optional<qint64> contentLength;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = trimmedLine(lines.at(i));
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Folded header lines are not supported.");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "Malformed header line.");
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || value.startsWith('+') || value.startsWith('-'))
                return fail(400, "Invalid Content-Length.");
            if (contentLength && *contentLength != length)
                return fail(400, "Conflicting Content-Length headers.");
            contentLength = length;
        } else if (name == "transfer-encoding") {
            return fail(411, "Chunked request bodies are not supported: send a Content-Length.");
        } else if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(',')) {
                if (token.trimmed() == "close")
                    request.keepAlive = false;
                else if (token.trimmed() == "keep-alive")
                    request.keepAlive = true;
            }
        } else if (name == "expect") {
            if (value.toLower() != "100-continue")
                return fail(417, "Only \"Expect: 100-continue\" is supported.");
            expectContinue = true;
        }
    }
    const qint64 length = contentLength.value_or(0);
    if (length > MlflowServer::MaxBodyBytes)
        return fail(413, "The request body is larger than 16 MiB.");
    if (buffer.size() - bodyStart < length) {
        ParseOutcome outcome;
        outcome.expectContinue = expectContinue;
        return outcome;
    }

    QByteArray target = parts.at(1);
    // Absolute form ("http://127.0.0.1:5000/api/…"), as a proxy-minded client may send.
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    request.path = QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question));
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    request.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);

    ParseOutcome outcome;
    outcome.kind = ParseOutcome::Complete;
    outcome.request = std::move(request);
    return outcome;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray httpResponse(int status, const QByteArray &body, bool keepAlive,
                        const QByteArray &extraHeaders = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                     + "\r\nServer: ComputeStudio-MLflow\r\nContent-Type: application/json\r\n"
                     + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                     + (keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n")
                     + extraHeaders + "\r\n";
    out += body;
    return out;
}

// ---------------------------------------------------------------------------------------------
// JSON as MLflow's client writes it

/// Python's json.dumps writes NaN, Infinity and -Infinity as bare tokens, which are not JSON;
/// protobuf's JSON (what the MLflow client sends) writes them as strings. Turns the bare tokens
/// (outside strings) into those strings so both parse.
QByteArray quoteNonFiniteTokens(const QByteArray &json)
{
    if (!json.contains("NaN") && !json.contains("Infinity"))
        return json;
    QByteArray out;
    out.reserve(json.size() + 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        const QByteArrayView rest = QByteArrayView(json).sliced(i);
        if (rest.startsWith("NaN")) {
            out += "\"NaN\"";
            i += 2;
        } else if (rest.startsWith("Infinity")) {
            out += "\"Infinity\"";
            i += 7;
        } else if (rest.startsWith("-Infinity")) {
            out += "\"-Infinity\"";
            i += 8;
        } else {
            out += c;
        }
    }
    return out;
}

QJsonValue numberToJson(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
    return value;
}

QJsonObject metricToJson(const Metric &metric)
{
    return {{u"key"_s, metric.key},
            {u"value"_s, numberToJson(metric.value)},
            {u"timestamp"_s, metric.timestampMs},
            {u"step"_s, metric.step}};
}

QJsonArray keyValuesToJson(const QList<KeyValue> &items)
{
    QJsonArray array;
    for (const KeyValue &item : items)
        array.append(QJsonObject{{u"key"_s, item.key}, {u"value"_s, item.value}});
    return array;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::String:
        return u'\'' + value.toString() + u'\'';
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// ---------------------------------------------------------------------------------------------
// The API

struct ApiReply
{
    int status = 200;
    QJsonObject body;
};

/// An MLflow error reply; the HTTP status follows the error code as MLflow's server maps it.
ApiReply apiError(const QString &code, const QString &message)
{
    int status = 400;
    if (code == "RESOURCE_DOES_NOT_EXIST"_L1 || code == "ENDPOINT_NOT_FOUND"_L1)
        status = 404;
    else if (code == "INTERNAL_ERROR"_L1)
        status = 500;
    return {status, QJsonObject{{u"error_code"_s, code}, {u"message"_s, message}}};
}

/// Reads a request's fields with the types MLflow's protobuf messages give them; the first
/// problem is kept (and later reads return defaults), as MLflow reports the first one.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(Studio::MlflowServer)

public:
    Fields(QJsonObject object, std::optional<ApiReply> *error, QString prefix = {})
        : m_object(std::move(object))
        , m_error(error)
        , m_prefix(std::move(prefix))
    {}

    enum Need { Optional, Required };

    QString string(const QString &name, Need need)
    {
        const QJsonValue value = m_object.value(name);
        if (isAbsent(value)) {
            if (need == Required)
                missing(name);
            return {};
        }
        if (!value.isString()) {
            invalid(name, value, tr("a string"));
            return {};
        }
        if (need == Required && value.toString().isEmpty())
            missing(name);
        return value.toString();
    }

    /// int64: a number without a fraction, or (protobuf's JSON, older clients) a string of one.
    qint64 int64(const QString &name, Need need, qint64 fallback = 0)
    {
        const QJsonValue value = m_object.value(name);
        if (isAbsent(value)) {
            if (need == Required)
                missing(name);
            return fallback;
        }
        if (value.isDouble()) {
            // Integers that fit are parsed exactly (up to 2^63 - 1); others are doubles.
            const QVariant exact = value.toVariant();
            if (exact.typeId() == QMetaType::LongLong)
                return exact.toLongLong();
            const double number = value.toDouble();
            if (std::isfinite(number) && std::trunc(number) == number
                && std::abs(number) < 9.2e18) {
                return qint64(number);
            }
        } else if (value.isString()) {
            bool ok = false;
            const qint64 number = value.toString().trimmed().toLongLong(&ok);
            if (ok)
                return number;
        }
        invalid(name, value, tr("a whole number (64-bit integer)"));
        return fallback;
    }

    /// double: a number, or a string protobuf's JSON writes ("NaN", "Infinity", "-Infinity",
    /// or a number in a string).
    double number(const QString &name, Need need)
    {
        const QJsonValue value = m_object.value(name);
        if (isAbsent(value)) {
            if (need == Required)
                missing(name);
            return 0;
        }
        if (value.isDouble())
            return value.toDouble();
        if (value.isString()) {
            const QString text = value.toString().trimmed();
            if (text == "NaN"_L1 || text.compare("nan"_L1, Qt::CaseInsensitive) == 0)
                return std::numeric_limits<double>::quiet_NaN();
            if (text == "Infinity"_L1 || text.compare("inf"_L1, Qt::CaseInsensitive) == 0)
                return std::numeric_limits<double>::infinity();
            if (text == "-Infinity"_L1 || text.compare("-inf"_L1, Qt::CaseInsensitive) == 0)
                return -std::numeric_limits<double>::infinity();
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (ok)
                return number;
        }
        invalid(name, value, tr("a number (64-bit floating point)"));
        return 0;
    }

    /// A list of objects (repeated message field); absent is empty.
    QList<QJsonObject> objects(const QString &name)
    {
        const QJsonValue value = m_object.value(name);
        if (isAbsent(value))
            return {};
        QList<QJsonObject> result;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array) {
                if (!item.isObject()) {
                    invalid(name, value, tr("a list of objects"));
                    return {};
                }
                result.append(item.toObject());
            }
            return result;
        }
        invalid(name, value, tr("a list"));
        return {};
    }

    QString qualified(const QString &name) const { return m_prefix + name; }
    bool failed() const { return m_error->has_value(); }
    /// The first problem (only when failed()).
    ApiReply error() const { return **m_error; }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    void missing(const QString &name)
    {
        if (failed())
            return;
        *m_error = apiError(u"INVALID_PARAMETER_VALUE"_s,
                            tr("Missing value for required parameter '%1'. See the API docs "
                               "for more information about request parameters.")
                                .arg(qualified(name)));
    }

    void invalid(const QString &name, const QJsonValue &value, const QString &expected)
    {
        if (failed())
            return;
        *m_error = apiError(u"INVALID_PARAMETER_VALUE"_s,
                            tr("Invalid value %1 for parameter '%2' supplied: expected %3.")
                                .arg(describe(value), qualified(name), expected));
    }

    QJsonObject m_object;
    std::optional<ApiReply> *m_error; // Not owned.
    QString m_prefix;
};

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

/// The request handlers: validation as MLflow's server does it, then the backend.
class Api
{
    Q_DECLARE_TR_FUNCTIONS(Studio::MlflowServer)

public:
    explicit Api(MlflowBackend *backend)
        : m_backend(backend)
    {}

    /// The run whose data a request stored, when it stored any (for MlflowServer::logged).
    QString loggedRun;

    ApiReply handle(const HttpRequest &request)
    {
        static const QList<QByteArrayView> prefixes
            = {"/api/2.0/mlflow/", "/api/2.0/preview/mlflow/", "/ajax-api/2.0/mlflow/",
               "/ajax-api/2.0/preview/mlflow/"};
        QByteArray endpoint;
        for (QByteArrayView prefix : prefixes) {
            if (request.path.startsWith(prefix)) {
                endpoint = request.path.mid(prefix.size());
                break;
            }
        }
        while (endpoint.endsWith('/'))
            endpoint.chop(1);

        struct Route
        {
            const char *name;
            const char *method;
            ApiReply (Api::*handler)(Fields &);
        };
        static const Route routes[] = {
            {"runs/get", "GET", &Api::getRun},
            {"runs/log-metric", "POST", &Api::logMetric},
            {"runs/log-parameter", "POST", &Api::logParam},
            {"runs/log-batch", "POST", &Api::logBatch},
            {"runs/set-tag", "POST", &Api::setTag},
            {"runs/update", "POST", &Api::updateRun},
            {"metrics/get-history", "GET", &Api::metricHistory},
            {"experiments/get", "GET", &Api::getExperiment},
            {"experiments/get-by-name", "GET", &Api::getExperimentByName},
        };
        for (const Route &route : routes) {
            if (endpoint.isEmpty() || endpoint != route.name)
                continue;
            if (request.method != route.method) {
                m_allow = route.method;
                return {405,
                        QJsonObject{{u"error_code"_s, u"ENDPOINT_NOT_FOUND"_s},
                                    {u"message"_s, tr("%1 %2 is not supported here; use %3.")
                                                       .arg(QString::fromLatin1(request.method),
                                                            QString::fromUtf8(request.path),
                                                            QLatin1StringView(route.method))}}};
            }
            QJsonObject object;
            if (std::optional<ApiReply> parseError = requestObject(request, &object))
                return *parseError;
            std::optional<ApiReply> error;
            Fields fields(object, &error);
            return (this->*route.handler)(fields);
        }
        return apiError(
            u"ENDPOINT_NOT_FOUND"_s,
            tr("No MLflow endpoint %1 %2 here. The studio serves the tracking API "
               "that mlflow.log_metric, log_param, log_batch and set_tag use.")
                .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
    }

    /// The Allow header of a 405 reply.
    QByteArray allow() const { return m_allow; }

private:
    /// The request's fields: the query of a GET (or its JSON body when it has no query, as
    /// MLflow's server allows), the JSON body of a POST.
    std::optional<ApiReply> requestObject(const HttpRequest &request, QJsonObject *object)
    {
        if (request.method == "GET" && !request.query.isEmpty()) {
            for (const QByteArray &pair : request.query.split('&')) {
                if (pair.isEmpty())
                    continue;
                const qsizetype equals = pair.indexOf('=');
                auto decode = [](QByteArray text) {
                    // Python's urlencode (requests' params) writes spaces as '+'.
                    text.replace('+', ' ');
                    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
                };
                const QString key = decode(equals < 0 ? pair : pair.left(equals));
                const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
                if (!object->contains(key)) // a repeated key: the first one counts
                    object->insert(key, value);
            }
            return std::nullopt;
        }
        if (request.body.trimmed().isEmpty())
            return std::nullopt;
        QJsonParseError parseError;
        QJsonDocument document
            = QJsonDocument::fromJson(quoteNonFiniteTokens(request.body), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // Very old clients posted their JSON again encoded as a JSON string.
            const QJsonDocument wrapped
                = QJsonDocument::fromJson("[" + request.body + "]", nullptr);
            if (wrapped.isArray() && wrapped.array().size() == 1
                && wrapped.array().first().isString()) {
                document = QJsonDocument::fromJson(
                    quoteNonFiniteTokens(wrapped.array().first().toString().toUtf8()), &parseError);
            }
        }
        if (parseError.error != QJsonParseError::NoError) {
            return apiError(u"MALFORMED_REQUEST"_s,
                            tr("The request body is not valid JSON (%1 at byte %2).")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
        }
        if (!document.isObject()) {
            return apiError(u"MALFORMED_REQUEST"_s, tr("The request body must be a JSON object."));
        }
        *object = document.object();
        return std::nullopt;
    }

    static ApiReply backendError(const Error &error)
    {
        qCWarning(lcMlflow).noquote() << "MLflow request failed in storage:" << error.fullText();
        return apiError(u"INTERNAL_ERROR"_s, error.message);
    }

    static ApiReply runNotFound(const QString &runId)
    {
        return apiError(u"RESOURCE_DOES_NOT_EXIST"_s, tr("Run with id=%1 not found").arg(runId));
    }

    /// run_id, or run_uuid (what clients before MLflow 1.0 sent); both are sent today.
    static QString runIdOf(Fields &fields)
    {
        QString runId = fields.string(u"run_id"_s, Fields::Optional);
        if (runId.isEmpty())
            runId = fields.string(u"run_uuid"_s, Fields::Optional);
        if (runId.isEmpty())
            fields.string(u"run_id"_s, Fields::Required); // reports it missing
        return runId;
    }

    /// The run, or the reply that says why there is none.
    std::optional<ApiReply> requireRun(const QString &runId, MlflowBackend::RunInfo *info)
    {
        Result<std::optional<MlflowBackend::RunInfo>> run = m_backend->findRun(runId);
        if (!run)
            return backendError(run.error());
        if (!run->has_value())
            return runNotFound(runId);
        *info = **run;
        return std::nullopt;
    }

    static std::optional<ApiReply> invalid(const QString &message)
    {
        return apiError(u"INVALID_PARAMETER_VALUE"_s, message);
    }

    /// MLflow's rule for metric, param and tag names (validation.py): letters, digits, '_',
    /// '-', '.', ' ', '/' (and ':', which newer releases allow); not a path that normalises to
    /// another name ("a//b", "./a", "../a", "/a", "a/").
    static std::optional<ApiReply> checkName(const QString &what, const QString &name)
    {
        if (name.isEmpty())
            return invalid(tr("%1 name cannot be empty. A key name must be provided.").arg(what));
        for (const QChar c : name) {
            if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u' '
                  || c == u'/' || c == u':' || c.isMark())) {
                return invalid(tr("Invalid %1 name: '%2'. Names may only contain alphanumerics, "
                                  "underscores (_), dashes (-), periods (.), spaces ( ), colon "
                                  "(:) and slashes (/).")
                                   .arg(what.toLower(), name));
            }
        }
        const QStringList segments = name.split(u'/');
        bool pathLike = name.startsWith(u'/') || name.endsWith(u'/');
        for (const QString &segment : segments) {
            if (segment.isEmpty() || segment == "."_L1 || segment == ".."_L1)
                pathLike = true;
        }
        if (pathLike) {
            return invalid(tr("Invalid %1 name: '%2'. Names may be treated as files in certain "
                              "cases, and must not resolve to other names when treated as such.")
                               .arg(what.toLower(), name));
        }
        return checkLength(tr("%1 key").arg(what), MaxKeyLength, name);
    }

    static std::optional<ApiReply> checkLength(const QString &what, qsizetype limit,
                                               const QString &value)
    {
        const qsizetype length = codePoints(value);
        if (length <= limit)
            return std::nullopt;
        return invalid(tr("%1 '%2' had length %3, which exceeded length limit of %4")
                           .arg(what, value.left(250))
                           .arg(length)
                           .arg(limit));
    }

    /// One metric as LogMetric or an entry of LogBatch.metrics carries it.
    static std::optional<ApiReply> readMetric(Fields &fields, Metric *metric)
    {
        metric->key = fields.string(u"key"_s, Fields::Required);
        metric->value = fields.number(u"value"_s, Fields::Required);
        metric->timestampMs = fields.int64(u"timestamp"_s, Fields::Required);
        metric->step = fields.int64(u"step"_s, Fields::Optional, 0);
        if (fields.failed())
            return std::nullopt; // the caller returns the field error
        if (std::optional<ApiReply> bad = checkName(tr("Metric"), metric->key))
            return bad;
        if (metric->timestampMs < 0) {
            return invalid(tr("Got invalid timestamp %1 for metric '%2' (value=%3). Timestamp "
                              "must be a nonnegative long (64-bit integer).")
                               .arg(metric->timestampMs)
                               .arg(metric->key)
                               .arg(metric->value));
        }
        return std::nullopt;
    }

    static std::optional<ApiReply> readKeyValue(Fields &fields, const QString &what,
                                                qsizetype valueLimit, KeyValue *item)
    {
        item->key = fields.string(u"key"_s, Fields::Required);
        item->value = fields.string(u"value"_s, Fields::Optional);
        if (fields.failed())
            return std::nullopt;
        if (std::optional<ApiReply> bad = checkName(what, item->key))
            return bad;
        return checkLength(tr("%1 value").arg(what), valueLimit, item->value);
    }

    /// Params already logged with the same value are dropped; a different value is refused
    /// (MLflow: "Changing param values is not allowed").
    std::optional<ApiReply> dropLoggedParams(const QString &runId, QList<KeyValue> *params)
    {
        if (params->isEmpty())
            return std::nullopt;
        Result<QList<KeyValue>> existing = m_backend->params(runId);
        if (!existing)
            return backendError(existing.error());
        QHash<QString, QString> logged;
        for (const KeyValue &param : std::as_const(*existing))
            logged.insert(param.key, param.value);
        QList<KeyValue> fresh;
        for (const KeyValue &param : std::as_const(*params)) {
            const auto it = logged.constFind(param.key);
            if (it == logged.cend()) {
                fresh.append(param);
            } else if (*it != param.value) {
                return invalid(tr("Changing param values is not allowed. Param with key='%1' "
                                  "was already logged with value='%2' for run ID='%3'. "
                                  "Attempted logging new value '%4'.")
                                   .arg(param.key, *it, runId, param.value));
            }
        }
        *params = fresh;
        return std::nullopt;
    }

    ApiReply store(const QString &runId, const QList<Metric> &metrics, QList<KeyValue> params,
                   const QList<KeyValue> &tags)
    {
        MlflowBackend::RunInfo run;
        if (std::optional<ApiReply> missing = requireRun(runId, &run))
            return *missing;
        if (std::optional<ApiReply> bad = dropLoggedParams(runId, &params))
            return *bad;
        if (metrics.isEmpty() && params.isEmpty() && tags.isEmpty())
            return {};
        if (Result<void> stored = m_backend->logBatch(runId, metrics, params, tags); !stored)
            return backendError(stored.error());
        loggedRun = runId;
        return {};
    }

    ApiReply logMetric(Fields &fields)
    {
        const QString runId = runIdOf(fields);
        Metric metric;
        std::optional<ApiReply> bad = readMetric(fields, &metric);
        if (fields.failed())
            return fields.error();
        if (bad)
            return *bad;
        return store(runId, {metric}, {}, {});
    }

    ApiReply logParam(Fields &fields)
    {
        const QString runId = runIdOf(fields);
        KeyValue param;
        std::optional<ApiReply> bad
            = readKeyValue(fields, tr("Param"), MaxParamValueLength, &param);
        if (fields.failed())
            return fields.error();
        if (bad)
            return *bad;
        return store(runId, {}, {param}, {});
    }

    ApiReply setTag(Fields &fields)
    {
        const QString runId = runIdOf(fields);
        KeyValue tag;
        std::optional<ApiReply> bad = readKeyValue(fields, tr("Tag"), MaxTagValueLength, &tag);
        if (fields.failed())
            return fields.error();
        if (bad)
            return *bad;
        return store(runId, {}, {}, {tag});
    }

    ApiReply logBatch(Fields &fields)
    {
        const QString runId = runIdOf(fields);
        const QList<QJsonObject> metricObjects = fields.objects(u"metrics"_s);
        const QList<QJsonObject> paramObjects = fields.objects(u"params"_s);
        const QList<QJsonObject> tagObjects = fields.objects(u"tags"_s);
        if (fields.failed())
            return fields.error();

        auto limit = [](const QString &what, qsizetype max, qsizetype count) {
            return count <= max ? std::nullopt
                                : invalid(tr("A batch logging request can contain at most %1 "
                                             "%2. Got %3 %2. Please split up %2 across "
                                             "multiple requests and try again.")
                                              .arg(max)
                                              .arg(what)
                                              .arg(count));
        };
        if (auto bad = limit(u"metrics"_s, MaxMetricsPerBatch, metricObjects.size()))
            return *bad;
        if (auto bad = limit(u"params"_s, MaxParamsTagsPerBatch, paramObjects.size()))
            return *bad;
        if (auto bad = limit(u"tags"_s, MaxParamsTagsPerBatch, tagObjects.size()))
            return *bad;
        if (auto bad = limit(u"metrics, params, and tags"_s, MaxEntitiesPerBatch,
                             metricObjects.size() + paramObjects.size() + tagObjects.size())) {
            return *bad;
        }

        std::optional<ApiReply> error;
        QList<Metric> metrics;
        for (qsizetype i = 0; i < metricObjects.size(); ++i) {
            Fields item(metricObjects.at(i), &error, u"metrics[%1]."_s.arg(i));
            Metric metric;
            std::optional<ApiReply> bad = readMetric(item, &metric);
            if (error)
                return *error;
            if (bad)
                return *bad;
            metrics.append(metric);
        }
        QList<KeyValue> params;
        QSet<QString> paramKeys;
        QStringList duplicates;
        for (qsizetype i = 0; i < paramObjects.size(); ++i) {
            Fields item(paramObjects.at(i), &error, u"params[%1]."_s.arg(i));
            KeyValue param;
            std::optional<ApiReply> bad
                = readKeyValue(item, tr("Param"), MaxParamValueLength, &param);
            if (error)
                return *error;
            if (bad)
                return *bad;
            if (paramKeys.contains(param.key))
                duplicates.append(u'\'' + param.key + u'\'');
            paramKeys.insert(param.key);
            params.append(param);
        }
        if (!duplicates.isEmpty()) {
            return *invalid(tr("Duplicate parameter keys have been submitted: [%1]. Please "
                               "ensure the request contains only one param value per param key.")
                                .arg(duplicates.join(u", "_s)));
        }
        QList<KeyValue> tags;
        for (qsizetype i = 0; i < tagObjects.size(); ++i) {
            Fields item(tagObjects.at(i), &error, u"tags[%1]."_s.arg(i));
            KeyValue tag;
            std::optional<ApiReply> bad = readKeyValue(item, tr("Tag"), MaxTagValueLength, &tag);
            if (error)
                return *error;
            if (bad)
                return *bad;
            tags.append(tag);
        }
        return store(runId, metrics, params, tags);
    }

    QJsonObject runInfoToJson(const MlflowBackend::RunInfo &run) const
    {
        QJsonObject info{
            {u"run_id"_s, run.runId},
            {u"run_uuid"_s, run.runId},
            {u"run_name"_s, run.runId},
            {u"experiment_id"_s, run.experimentId.isEmpty() ? u"0"_s : run.experimentId},
            {u"user_id"_s, QString()},
            {u"status"_s, mlflowRunStatus(run.status)},
            {u"start_time"_s, run.startTimeMs},
            {u"artifact_uri"_s, run.artifactUri},
            {u"lifecycle_stage"_s, u"active"_s},
        };
        if (run.endTimeMs > 0)
            info.insert(u"end_time"_s, run.endTimeMs);
        return info;
    }

    ApiReply getRun(Fields &fields)
    {
        const QString runId = runIdOf(fields);
        if (fields.failed())
            return fields.error();
        MlflowBackend::RunInfo run;
        if (std::optional<ApiReply> missing = requireRun(runId, &run))
            return *missing;
        Result<QList<Metric>> metrics = m_backend->latestMetrics(runId);
        if (!metrics)
            return backendError(metrics.error());
        Result<QList<KeyValue>> params = m_backend->params(runId);
        if (!params)
            return backendError(params.error());
        Result<QList<KeyValue>> tags = m_backend->tags(runId);
        if (!tags)
            return backendError(tags.error());
        QJsonArray metricArray;
        for (const Metric &metric : std::as_const(*metrics))
            metricArray.append(metricToJson(metric));
        const QJsonObject data{{u"metrics"_s, metricArray},
                               {u"params"_s, keyValuesToJson(*params)},
                               {u"tags"_s, keyValuesToJson(*tags)}};
        return {200, QJsonObject{{u"run"_s, QJsonObject{{u"info"_s, runInfoToJson(run)},
                                                        {u"data"_s, data},
                                                        {u"inputs"_s, QJsonObject()}}}}};
    }

    ApiReply updateRun(Fields &fields)
    {
        const QString runId = runIdOf(fields);
        QString status = fields.string(u"status"_s, Fields::Optional);
        const qint64 endTime = fields.int64(u"end_time"_s, Fields::Optional, 0);
        if (fields.failed())
            return fields.error();
        if (!status.isEmpty()) {
            static const QStringList statuses
                = {u"RUNNING"_s, u"SCHEDULED"_s, u"FINISHED"_s, u"FAILED"_s, u"KILLED"_s};
            if (!statuses.contains(status)) {
                return *invalid(tr("Invalid value '%1' for parameter 'status': expected one of "
                                   "%2.")
                                    .arg(status, statuses.join(u", "_s)));
            }
        }
        MlflowBackend::RunInfo run;
        if (std::optional<ApiReply> missing = requireRun(runId, &run))
            return *missing;
        if (Result<void> updated = m_backend->updateRun(runId, status, endTime); !updated)
            return backendError(updated.error());
        // The reply says what the client asked for; the backend may keep its own status.
        if (!status.isEmpty())
            run.status = status;
        if (endTime > 0)
            run.endTimeMs = endTime;
        return {200, QJsonObject{{u"run_info"_s, runInfoToJson(run)}}};
    }

    ApiReply metricHistory(Fields &fields)
    {
        const QString runId = runIdOf(fields);
        const QString key = fields.string(u"metric_key"_s, Fields::Required);
        if (fields.failed())
            return fields.error();
        MlflowBackend::RunInfo run;
        if (std::optional<ApiReply> missing = requireRun(runId, &run))
            return *missing;
        Result<QList<Metric>> history = m_backend->metricHistory(runId, key);
        if (!history)
            return backendError(history.error());
        QJsonArray array;
        for (const Metric &metric : std::as_const(*history))
            array.append(metricToJson(metric));
        return {200, QJsonObject{{u"metrics"_s, array}}};
    }

    static ApiReply experimentReply(const MlflowBackend::ExperimentInfo &experiment)
    {
        const QJsonObject json{
            {u"experiment_id"_s, experiment.experimentId},
            {u"name"_s, experiment.name},
            {u"artifact_location"_s, experiment.artifactLocation},
            {u"lifecycle_stage"_s, u"active"_s},
            {u"creation_time"_s, experiment.creationTimeMs},
            {u"last_update_time"_s, experiment.lastUpdateTimeMs},
            {u"tags"_s, QJsonArray()},
        };
        return {200, QJsonObject{{u"experiment"_s, json}}};
    }

    ApiReply getExperiment(Fields &fields)
    {
        const QString id = fields.string(u"experiment_id"_s, Fields::Required);
        if (fields.failed())
            return fields.error();
        Result<std::optional<MlflowBackend::ExperimentInfo>> found = m_backend->findExperiment(id);
        if (!found)
            return backendError(found.error());
        if (!found->has_value()) {
            return apiError(u"RESOURCE_DOES_NOT_EXIST"_s,
                            tr("No Experiment with id=%1 exists").arg(id));
        }
        return experimentReply(**found);
    }

    ApiReply getExperimentByName(Fields &fields)
    {
        const QString name = fields.string(u"experiment_name"_s, Fields::Required);
        if (fields.failed())
            return fields.error();
        Result<std::optional<MlflowBackend::ExperimentInfo>> found
            = m_backend->findExperimentByName(name);
        if (!found)
            return backendError(found.error());
        if (!found->has_value()) {
            return apiError(u"RESOURCE_DOES_NOT_EXIST"_s,
                            tr("Could not find experiment with name '%1'").arg(name));
        }
        return experimentReply(**found);
    }

    MlflowBackend *m_backend; // Not owned.
    QByteArray m_allow;
};

} // namespace
} // namespace Internal

// ---------------------------------------------------------------------------------------------
// MlflowServer

struct MlflowServer::Connection
{
    QByteArray buffer;
    QTimer idle;
    bool continueSent = false;
    bool closing = false;
};

MlflowServer::MlflowServer(MlflowBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &MlflowServer::acceptConnections);
}

MlflowServer::~MlflowServer()
{
    close();
}

Result<void> MlflowServer::listen(quint16 port)
{
    if (m_server->isListening()) {
        return Error{tr("The MLflow tracking endpoint already listens on port %1.")
                         .arg(m_server->serverPort()),
                     {}};
    }
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString detail = m_server->errorString();
        if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
            return Error{tr("Cannot serve the MLflow tracking endpoint on 127.0.0.1:%1: the port "
                            "is already in use. Stop what uses it, or choose another port.")
                             .arg(port),
                         detail};
        }
        return Error{tr("Cannot serve the MLflow tracking endpoint on 127.0.0.1:%1.").arg(port),
                     detail};
    }
    qCInfo(lcMlflow).noquote() << "MLflow tracking endpoint at" << trackingUri();
    return {};
}

bool MlflowServer::isListening() const
{
    return m_server->isListening();
}

quint16 MlflowServer::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QString MlflowServer::trackingUri() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

QHash<QString, QString> MlflowServer::runEnvironment(const QString &runId) const
{
    return {{u"MLFLOW_TRACKING_URI"_s, trackingUri()}, {u"MLFLOW_RUN_ID"_s, runId}};
}

void MlflowServer::close()
{
    m_server->close();
    for (auto &[socket, connection] : m_connections) {
        QObject::disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
}

void MlflowServer::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    for (auto &[socket, connection] : m_connections)
        connection->idle.setInterval(timeout);
}

void MlflowServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (int(m_connections.size()) >= MaxConnections) {
            qCWarning(lcMlflow) << "MLflow endpoint: too many connections; refusing one";
            const QByteArray body
                = QJsonDocument(Internal::apiError(u"TEMPORARILY_UNAVAILABLE"_s,
                                                   tr("Too many connections; try again."))
                                    .body)
                      .toJson(QJsonDocument::Compact);
            socket->write(Internal::httpResponse(503, body, false));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto connection = std::make_unique<Connection>();
        connection->idle.setSingleShot(true);
        connection->idle.setInterval(m_idleTimeout);
        connect(&connection->idle, &QTimer::timeout, socket, [socket] {
            qCDebug(lcMlflow) << "MLflow endpoint: closing an idle connection";
            socket->disconnectFromHost();
        });
        connection->idle.start();
        m_connections.emplace(socket, std::move(connection));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        // Queued: disconnected() can come from inside readFrom() (disconnectFromHost() with
        // nothing left to write), which must not lose its Connection under its feet.
        connect(
            socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); },
            Qt::QueuedConnection);
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void MlflowServer::drop(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    socket->deleteLater();
}

void MlflowServer::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    if (connection.closing) {
        socket->readAll(); // discard: the reply that closes the connection was sent
        return;
    }
    connection.buffer += socket->readAll();
    connection.idle.start();

    while (!connection.closing) {
        Internal::ParseOutcome outcome = Internal::takeRequest(connection.buffer);
        if (outcome.kind == Internal::ParseOutcome::NeedMore) {
            if (outcome.expectContinue && !connection.continueSent) {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                connection.continueSent = true;
            }
            break;
        }
        if (outcome.kind == Internal::ParseOutcome::Fail) {
            qCDebug(lcMlflow) << "MLflow endpoint: bad request:" << outcome.status
                              << outcome.reason;
            const QByteArray body
                = QJsonDocument(QJsonObject{{u"error_code"_s, u"BAD_REQUEST"_s},
                                            {u"message"_s, QString::fromUtf8(outcome.reason)}})
                      .toJson(QJsonDocument::Compact);
            socket->write(Internal::httpResponse(outcome.status, body, false));
            connection.closing = true;
            connection.buffer.clear();
            socket->disconnectFromHost();
            break;
        }

        connection.continueSent = false;
        const Internal::HttpRequest &request = outcome.request;
        Internal::Api api(m_backend);
        const Internal::ApiReply reply = api.handle(request);
        qCDebug(lcMlflow).noquote() << request.method << request.path << reply.status;
        const QByteArray extra
            = api.allow().isEmpty() ? QByteArray() : "Allow: " + api.allow() + "\r\n";
        socket->write(Internal::httpResponse(
            reply.status, QJsonDocument(reply.body).toJson(QJsonDocument::Compact),
            request.keepAlive, extra));
        if (!api.loggedRun.isEmpty()) {
            emit logged(api.loggedRun);
            // A slot may have closed the server (and with it this connection).
            if (!m_connections.contains(socket))
                return;
        }
        if (!request.keepAlive) {
            connection.closing = true;
            socket->disconnectFromHost();
        }
    }
}

} // namespace Studio
