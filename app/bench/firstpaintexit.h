#pragma once
/// @file firstpaintexit.h
/// @brief Benchmark hook (bench/triage): measure cold start and memory of the real app.
///
/// When the environment variable FOCUSINBOX_EXIT_AFTER_FIRST_PAINT is set, the app waits until
/// the inbox list has loaded its rows and painted them, writes one JSON line to stderr and
/// quits (exit status 0):
///
///     focusinbox-first-paint: {"ms_since_process_start": 412, "epoch_ms": …, "view": "Now",
///                              "rows": 120, "rss_mb": 61.2, "peak_rss_mb": 63.0}
///
/// ms_since_process_start counts from the kernel's start time of the process
/// (/proc/self/stat, 10 ms ticks) to the end of that paint; epoch_ms is the same instant in
/// UTC epoch ms (a caller that noted when it started the process can subtract). rss_mb and
/// peak_rss_mb are VmRSS and VmHWM of /proc/self/status.
/// Values: "1" (or anything else) = the view the window opens with; "now", "async",
/// "reference", "done" or "snoozed" = after that first paint, switch to that view and report
/// when it has loaded and painted (the line then describes that view; ms_since_process_start
/// still counts from the start). Unset: nothing happens.
/// Linux only (reads /proc); elsewhere the times and sizes read 0.

namespace fi {

class MainWindow;

/// Install the hook on @p window when FOCUSINBOX_EXIT_AFTER_FIRST_PAINT is set. GUI thread.
void installFirstPaintExit(MainWindow &window);

} // namespace fi
