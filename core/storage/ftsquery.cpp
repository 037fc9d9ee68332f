// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsquery.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace casebench::ftsquery {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::ftsquery)
};

enum class TokenType { Term, Open, Close, And, Or, Not, Field };

struct Token
{
    TokenType type = TokenType::Term;
    QString text;     ///< the FTS5 text of a term or field
    QString shown;    ///< what the user typed, for messages
    QString raw = {}; ///< a term's words as typed, without quotes or '*'
    bool prefix = false;
};

bool isSpecial(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'(' || c == u')';
}

bool hasWordCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quoted(QStringView text)
{
    QString escaped = text.toString();
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

class Lexer
{
public:
    explicit Lexer(const QString &query) : m_query(query) {}

    /// The tokens, or a problem.
    bool run(QList<Token> &tokens, QString &problem);

private:
    bool phrase(QList<Token> &tokens, QString &problem);
    bool word(QList<Token> &tokens, QString &problem);

    const QString &m_query;
    qsizetype m_at = 0;
};

bool Lexer::run(QList<Token> &tokens, QString &problem)
{
    while (m_at < m_query.size()) {
        const QChar c = m_query.at(m_at);
        if (c.isSpace()) {
            ++m_at;
        } else if (c == u'(') {
            tokens.append({TokenType::Open, u"("_s, u"("_s});
            ++m_at;
        } else if (c == u')') {
            tokens.append({TokenType::Close, u")"_s, u")"_s});
            ++m_at;
        } else if (c == u'"') {
            if (!phrase(tokens, problem))
                return false;
        } else if (!word(tokens, problem)) {
            return false;
        }
    }
    return true;
}

bool Lexer::phrase(QList<Token> &tokens, QString &problem)
{
    const qsizetype close = m_query.indexOf(u'"', m_at + 1);
    if (close < 0) {
        problem = Tr::tr("a quotation mark is not closed");
        return false;
    }
    const QStringView inside = QStringView(m_query).mid(m_at + 1, close - m_at - 1);
    m_at = close + 1;
    QString text = quoted(inside);
    if (m_at < m_query.size() && m_query.at(m_at) == u'*') {
        text += u'*';
        ++m_at;
    }
    if (m_at < m_query.size() && !isSpecial(m_query.at(m_at))) {
        problem = Tr::tr("a phrase in quotation marks must be followed by a space");
        return false;
    }
    if (!hasWordCharacter(inside)) {
        problem = inside.trimmed().isEmpty()
                      ? Tr::tr("a phrase in quotation marks is empty")
                      : Tr::tr("the phrase “%1” has no words to search for").arg(inside);
        return false;
    }
    tokens.append({TokenType::Term, text, u'"' + inside.toString() + u'"', inside.toString(),
                   text.endsWith(u'*')});
    return true;
}

bool Lexer::word(QList<Token> &tokens, QString &problem)
{
    // A field ("title:" or "text:") is letters then a colon: the scan stops there, and what
    // follows is read as a word of its own by run(), so "title:title:…" is read in one pass.
    // "10:30" is a word.
    const qsizetype start = m_at;
    bool lettersOnly = true;
    while (m_at < m_query.size() && !isSpecial(m_query.at(m_at))) {
        const QChar c = m_query.at(m_at);
        if (c == u':' && lettersOnly && m_at > start)
            break;
        lettersOnly = lettersOnly && c.isLetter();
        ++m_at;
    }
    if (m_at < m_query.size() && m_query.at(m_at) == u':') {
        const QStringView name = QStringView(m_query).mid(start, m_at - start);
        const QString field = name.toString().toLower();
        const QString shown = name.toString() + u':';
        if (field != u"title" && field != u"text") {
            problem = Tr::tr("“%1” does not name a field (title or text)").arg(shown);
            return false;
        }
        tokens.append({TokenType::Field, field + u" :"_s, shown});
        ++m_at; // the colon
        return true;
    }
    QStringView word = QStringView(m_query).mid(start, m_at - start);
    if (word == u"AND" || word == u"OR" || word == u"NOT") {
        const TokenType type = word == u"AND"  ? TokenType::And
                               : word == u"OR" ? TokenType::Or
                                               : TokenType::Not;
        tokens.append({type, word.toString(), word.toString()});
        return true;
    }
    bool prefix = false;
    if (word.endsWith(u'*')) {
        prefix = true;
        word.chop(1);
    }
    if (word.contains(u'*')) {
        problem = Tr::tr("“*” can only end a word, as in remedia*");
        return false;
    }
    if (!hasWordCharacter(word)) {
        if (prefix) {
            problem = Tr::tr("“*” can only end a word, as in remedia*");
            return false;
        }
        return true; // punctuation alone: nothing to search for
    }
    tokens.append({TokenType::Term, quoted(word) + (prefix ? u"*"_s : QString()),
                   word.toString() + (prefix ? u"*"_s : QString()), word.toString(), prefix});
    return true;
}

/// Parentheses nested deeper than this are refused: no one searches so, and the checker (and
/// FTS5's own parser, limited to 256 levels) would otherwise recurse once per level.
constexpr int maxGroupDepth = 32;

/// Checks the order of the tokens: operators between operands, balanced parentheses nested at
/// most maxGroupDepth deep.
class Checker
{
public:
    explicit Checker(const QList<Token> &tokens) : m_tokens(tokens) {}

    QString check();

private:
    bool operand(QString &problem, int depth);
    bool expression(QString &problem, int depth);

    const QList<Token> &m_tokens;
    qsizetype m_at = 0;
};

bool Checker::operand(QString &problem, int depth)
{
    if (m_at >= m_tokens.size()) {
        problem = Tr::tr("it ends where a word is expected");
        return false;
    }
    const Token &t = m_tokens.at(m_at);
    switch (t.type) {
    case TokenType::Term:
        ++m_at;
        return true;
    case TokenType::Field:
        ++m_at;
        if (m_at >= m_tokens.size()
            || (m_tokens.at(m_at).type != TokenType::Term
                && m_tokens.at(m_at).type != TokenType::Open)) {
            problem = Tr::tr("“%1” must be followed by a word, a phrase or a group in parentheses")
                          .arg(t.shown);
            return false;
        }
        return operand(problem, depth);
    case TokenType::Open: {
        ++m_at;
        if (depth >= maxGroupDepth) {
            problem = Tr::tr("its parentheses are nested more than %1 deep").arg(maxGroupDepth);
            return false;
        }
        if (m_at < m_tokens.size() && m_tokens.at(m_at).type == TokenType::Close) {
            problem = Tr::tr("a pair of parentheses has nothing inside");
            return false;
        }
        if (!expression(problem, depth + 1))
            return false;
        if (m_at >= m_tokens.size()) {
            problem = Tr::tr("a parenthesis is opened but not closed");
            return false;
        }
        ++m_at; // the closing parenthesis
        return true;
    }
    case TokenType::Close:
        problem = Tr::tr("a parenthesis is closed that was not opened");
        return false;
    case TokenType::Not:
        problem = Tr::tr(
            "NOT needs something before it to exclude from, as in “dishonesty NOT conviction”");
        return false;
    case TokenType::And:
    case TokenType::Or:
        problem = Tr::tr("%1 needs a word on each side").arg(t.shown);
        return false;
    }
    return false;
}

bool Checker::expression(QString &problem, int depth)
{
    if (!operand(problem, depth))
        return false;
    while (m_at < m_tokens.size()) {
        const Token &t = m_tokens.at(m_at);
        if (t.type == TokenType::Close) {
            if (depth == 0) {
                problem = Tr::tr("a parenthesis is closed that was not opened");
                return false;
            }
            return true;
        }
        if (t.type == TokenType::And || t.type == TokenType::Or || t.type == TokenType::Not) {
            ++m_at;
            if (m_at >= m_tokens.size() || m_tokens.at(m_at).type == TokenType::Close) {
                problem = t.type == TokenType::Not
                              ? Tr::tr("NOT needs a word after it")
                              : Tr::tr("%1 needs a word on each side").arg(t.shown);
                return false;
            }
        }
        if (!operand(problem, depth))
            return false;
    }
    return true;
}

QString Checker::check()
{
    QString problem;
    expression(problem, 0);
    return problem;
}

/// A term in to_tsquery syntax: in single quotes (backslash and quote escaped), then ':' with
/// '*' for a prefix and the weight letter for a field.
QString tsTerm(const Token &t, QChar weight)
{
    QString escaped = t.raw;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"''"_s);
    QString flags;
    if (t.prefix)
        flags += u'*';
    if (!weight.isNull())
        flags += weight;
    return u'\'' + escaped + u'\'' + (flags.isEmpty() ? QString() : u':' + flags);
}

/// The checked tokens in to_tsquery syntax. FTS5's precedence (NOT, then AND, then OR) is
/// tsquery's (!, then &, then |), and FTS5's binary "a NOT b" is "a & !b". A field applies its
/// weight to the next term, or to every term of the group it opens.
QString toTsquery(const QList<Token> &tokens)
{
    QStringList parts;
    parts.reserve(tokens.size() * 2);
    QList<QChar> groupWeights; // per open parenthesis
    QChar pending;             // a field's weight waiting for its operand
    bool afterOperand = false;
    for (const Token &t : tokens) {
        const bool startsOperand = t.type == TokenType::Term || t.type == TokenType::Open
                                   || t.type == TokenType::Field;
        if (afterOperand && startsOperand)
            parts.append(u"&"_s);
        const QChar inherited = groupWeights.isEmpty() ? QChar() : groupWeights.constLast();
        switch (t.type) {
        case TokenType::Term:
            parts.append(tsTerm(t, pending.isNull() ? inherited : pending));
            pending = QChar();
            break;
        case TokenType::Field:
            pending = t.text.startsWith(u"title"_s) ? u'A' : u'B';
            break;
        case TokenType::Open:
            groupWeights.append(pending.isNull() ? inherited : pending);
            pending = QChar();
            parts.append(u"("_s);
            break;
        case TokenType::Close:
            if (!groupWeights.isEmpty())
                groupWeights.removeLast();
            parts.append(u")"_s);
            break;
        case TokenType::And:
            parts.append(u"&"_s);
            break;
        case TokenType::Or:
            parts.append(u"|"_s);
            break;
        case TokenType::Not:
            parts.append(u"& !"_s);
            break;
        }
        afterOperand = t.type == TokenType::Term || t.type == TokenType::Close;
    }
    return parts.join(u' ');
}

/// The first word of each term that is not excluded by NOT (alone or as a group), lower-cased;
/// each word once.
QStringList hintWords(const QList<Token> &tokens)
{
    QStringList hints;
    QList<bool> negatedGroups; // per open parenthesis
    bool negateNext = false;
    for (const Token &t : tokens) {
        const bool inNegatedGroup = !negatedGroups.isEmpty() && negatedGroups.constLast();
        switch (t.type) {
        case TokenType::Term: {
            if (!negateNext && !inNegatedGroup) {
                const QStringView raw(t.raw);
                qsizetype start = 0;
                while (start < raw.size() && !raw.at(start).isLetterOrNumber())
                    ++start;
                qsizetype end = start;
                while (end < raw.size() && raw.at(end).isLetterOrNumber())
                    ++end;
                const QString word = raw.mid(start, end - start).toString().toLower();
                if (!word.isEmpty() && !hints.contains(word))
                    hints.append(word);
            }
            negateNext = false;
            break;
        }
        case TokenType::Open:
            negatedGroups.append(negateNext || inNegatedGroup);
            negateNext = false;
            break;
        case TokenType::Close:
            if (!negatedGroups.isEmpty())
                negatedGroups.removeLast();
            break;
        case TokenType::Not:
            negateNext = true;
            break;
        case TokenType::Field:
        case TokenType::And:
        case TokenType::Or:
            break;
        }
    }
    return hints;
}

} // namespace

Parsed parse(const QString &query)
{
    Parsed parsed;
    QList<Token> tokens;
    if (!Lexer(query).run(tokens, parsed.problem))
        return parsed;
    const bool anyTerm = std::any_of(tokens.cbegin(), tokens.cend(),
                                     [](const Token &t) { return t.type == TokenType::Term; });
    if (!anyTerm) {
        parsed.problem = query.trimmed().isEmpty() ? Tr::tr("it is empty")
                                                   : Tr::tr("it has no words to search for");
        return parsed;
    }
    parsed.problem = Checker(tokens).check();
    if (!parsed.problem.isEmpty())
        return parsed;
    // Words side by side must all occur. FTS5 accepts that between phrases but not next to a
    // parenthesis, so AND is written out wherever two operands meet.
    QStringList parts;
    parts.reserve(tokens.size() * 2);
    bool afterOperand = false;
    for (const Token &t : tokens) {
        const bool startsOperand = t.type == TokenType::Term || t.type == TokenType::Open
                                   || t.type == TokenType::Field;
        if (afterOperand && startsOperand)
            parts.append(u"AND"_s);
        parts.append(t.text);
        afterOperand = t.type == TokenType::Term || t.type == TokenType::Close;
    }
    parsed.fts = parts.join(u' ');
    parsed.tsquery = toTsquery(tokens);
    parsed.hints = hintWords(tokens);
    return parsed;
}

} // namespace casebench::ftsquery
