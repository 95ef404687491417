package org.portcullis.benchmark;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scenarios named by {@code bench.scenario} (bench, iot, crash, failover, cluster, upgrade) and writes their
 * report to a new directory under {@code bench.results}, which it prints at the end.
 */
public final class BenchmarkMain {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkMain.class);

    private BenchmarkMain() {
    }

    /** One check that passes or fails, with its report. */
    private interface Check {
        boolean run(Report report) throws Exception;
    }

    private static boolean check(String title, Path reportDirectory, BenchSettings settings, Check check)
            throws Exception {
        Report report = new Report(title);
        Machine.facts(settings.repository()).forEach(report::fact);
        try {
            return check.run(report);
        } finally {
            report.fact("load average at end", Machine.loadAverage());
            report.write(reportDirectory);
        }
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        // The application and broker processes this run started do not outlive it, even when it is interrupted.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly)));
        Path directory = settings.results().resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        boolean failed = false;
        if (settings.runs("bench")) {
            Report report = new Report("Portcullis benchmark");
            Machine.facts(settings.repository()).forEach(report::fact);
            report.remark("Figures from one run of `mvn -B -Pbench -DskipTests verify`; compare ratios within a run, "
                    + "not absolute figures across machines. See docs/performance.md.");
            try {
                new BenchRun(settings, report, directory).run();
            } finally {
                report.fact("load average at end", Machine.loadAverage());
                report.write(directory);
            }
        }
        if (settings.runs("iot")) {
            Report report = new Report("Portcullis sensor events beside filings");
            Machine.facts(settings.repository()).forEach(report::fact);
            report.remark("Figures from one run of `mvn -B -Pbench -DskipTests verify -Dbench.scenario=iot`; see "
                    + "docs/performance.md.");
            try {
                new IotRun(settings, report, directory).run();
            } finally {
                report.write(directory.resolve("iot"));
            }
        }
        if (settings.runs("crash")) {
            Report report = new Report("Portcullis crash and restart checks");
            Machine.facts(settings.repository()).forEach(report::fact);
            try {
                failed = !new CrashRun(settings, report, directory).run();
            } finally {
                report.write(directory.resolve("crash"));
            }
        }
        if (settings.runs("failover")) {
            failed |= !check("Portcullis broker failover check", directory.resolve("failover"), settings,
                    report -> new FailoverRun(settings, report, directory).run());
        }
        if (settings.runs("cluster")) {
            failed |= !check("Portcullis two-node check", directory.resolve("cluster"), settings,
                    report -> new ClusterRun(settings, report, directory).run());
        }
        if (settings.runs("upgrade")) {
            failed |= !check("Portcullis rolling upgrade check", directory.resolve("upgrade"), settings,
                    report -> new UpgradeRun(settings, report, directory).run());
        }
        log.info("Results in {}", directory);
        System.exit(failed ? 1 : 0);
    }
}
