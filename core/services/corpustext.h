// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/analysis: the words and sentences synthetic decisions are made of.

#include "model/case.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace casebench::corpustext {

/// A deterministic random source (std::mt19937 is specified exactly; the distributions of the
/// standard library are not, so they are not used).
class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}

    /// 0 … n-1 (n > 0).
    int below(int n) { return static_cast<int>(m_engine() % static_cast<quint32>(n)); }
    /// min … max inclusive.
    int between(int min, int max) { return min + below(max - min + 1); }
    /// True with probability p.
    bool chance(double p) { return double(m_engine() % 1000000U) < p * 1000000.0; }
    /// 0 … 1.
    double unit() { return double(m_engine() % 1000000U) / 1000000.0; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

private:
    std::mt19937 m_engine;
};

/// What a case is about: its words, its usual factors and how serious it tends to be.
struct Theme
{
    QString title;           ///< "medication errors"
    QString allegation;      ///< a summary sentence with %1 for the place
    QStringList words;       ///< vocabulary of its own
    QStringList aggravating; ///< factor keys it tends to have
    StatutoryGround ground = StatutoryGround::Misconduct;
    double severity = 0; ///< 0 … 3: how far up the ladder such cases tend to go
};

const QList<Theme> &themes();

/// Regulators with the professions they register.
struct Register
{
    Regulator regulator;
    QStringList professions;
    QString tribunal; ///< the body whose panel hears cases
};

const QList<Register> &registers();

/// A made-up person's name and a made-up place, from syllables.
QString personName(Random &random);
QString placeName(Random &random);

/// A sentence that a passage tagged with the factor can quote; %1 theme words, %2 place.
QString factorSentence(const QString &factorKey, const Theme &theme, Random &random);

/// A sentence of ordinary decision prose using the theme's words.
QString fillerSentence(const Theme &theme, Random &random);

} // namespace casebench::corpustext
