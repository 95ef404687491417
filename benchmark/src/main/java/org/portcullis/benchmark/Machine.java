package org.portcullis.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the run ran on: machine, operating system, JVM, the commit of the code, and the load when it started. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> facts(Path repository) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("commit", command(repository, "git", "rev-parse", "HEAD")
                + (command(repository, "git", "status", "--porcelain").isBlank() ? "" : " (with uncommitted changes)"));
        facts.put("branch", command(repository, "git", "rev-parse", "--abbrev-ref", "HEAD"));
        facts.put("cpu", cpuModel());
        facts.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("memory", memory());
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        facts.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("load average at start", loadAverage());
        facts.put("harness JVM flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(arg -> !arg.startsWith("-Dbench.")).toList()));
        return facts;
    }

    static String loadAverage() {
        return read(Path.of("/proc/loadavg")).strip();
    }

    private static String cpuModel() {
        return read(Path.of("/proc/cpuinfo")).lines().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }

    private static String memory() {
        return read(Path.of("/proc/meminfo")).lines().filter(line -> line.startsWith("MemTotal"))
                .map(line -> line.replace("MemTotal:", "").strip()).findFirst().orElse("unknown");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String command(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
