// SPDX-License-Identifier: GPL-3.0-or-later
// A program run as a child of the test with its peak memory measured: fork and exec, then
// wait4(), whose rusage gives this one child's peak resident set (ru_maxrss). Output goes to
// temporary files, so a child that writes much never blocks on a pipe.
#pragma once

#include "clirun.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace casebench::test {

/// What a measured run left: as CliRun, and the child's peak resident set in kilobytes (-1 when
/// it could not be measured).
struct MeasuredRun : CliRun
{
    long peakRssKb = -1;
    [[nodiscard]] double peakRssMb() const { return static_cast<double>(peakRssKb) / 1024.0; }
};

/// Runs `program` with `arguments` in `environment`, stdin from /dev/null. A child still running
/// after `killAfterMs` is killed (a safety net for a test that found a hang, not a timing check):
/// exitCode is then -1 and err says so.
inline MeasuredRun runMeasured(const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &environment = cliEnvironment(),
                               int killAfterMs = 120000)
{
    MeasuredRun result;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open()) {
        result.err = "cannot create temporary files for the child's output";
        return result;
    }
    // Everything exec needs is made before fork: the child only calls async-signal-safe
    // functions.
    std::vector<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString &a : arguments)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (const QString &e : environment.toStringList())
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const int outFd = static_cast<int>(out.handle());
    const int errFd = static_cast<int>(err.handle());
    const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);

    const pid_t pid = ::fork();
    if (pid < 0) {
        result.err = "fork failed";
        ::close(nullFd);
        return result;
    }
    if (pid == 0) {
        ::dup2(nullFd, 0);
        ::dup2(outFd, 1);
        ::dup2(errFd, 2);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(nullFd);
    int status = 0;
    rusage usage{};
    pid_t done = 0;
    for (int waited = 0; (done = ::wait4(pid, &status, WNOHANG, &usage)) == 0; waited += 10) {
        if (waited >= killAfterMs) {
            ::kill(pid, SIGKILL);
            done = ::wait4(pid, &status, 0, &usage);
            result.err = "killed: the program was still running after "
                         + QByteArray::number(killAfterMs) + " ms";
            result.peakRssKb = usage.ru_maxrss;
            return result;
        }
        QThread::msleep(10);
    }
    if (done != pid) {
        result.err = "wait4 failed";
        return result;
    }
    result.peakRssKb = usage.ru_maxrss;
    out.seek(0);
    err.seek(0);
    result.out = out.readAll();
    result.err = err.readAll();
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else
        result.err += "\nthe program ended on signal " + QByteArray::number(WTERMSIG(status));
    return result;
}

} // namespace casebench::test
