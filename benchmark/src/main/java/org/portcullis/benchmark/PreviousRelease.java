package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application of an earlier revision of this repository, as its operators ran it: its runnable jar and its rule
 * set, built once in a temporary git worktree ({@code mvn -B -o -DskipTests package -pl webapp -am}) and kept under
 * the benchmark's work directory by commit, so that a second run starts at once.
 */
final class PreviousRelease {

    private static final Logger log = LoggerFactory.getLogger(PreviousRelease.class);
    /** A build of the whole application on a busy 2-core machine. */
    private static final long BUILD_MINUTES = 30;

    private final String commit;
    private final String describe;
    private final Path jar;
    private final Path ruleSet;

    private PreviousRelease(String commit, String describe, Path directory) {
        this.commit = commit;
        this.describe = describe;
        this.jar = directory.resolve("portcullis.jar");
        this.ruleSet = directory.resolve("ruleset");
    }

    /** The release at {@code revision} (a commit, tag or branch of {@code repository}), built if not built before. */
    static PreviousRelease prepare(Path repository, String revision, Path work) throws Exception {
        String commit = run(repository, null, "git", "rev-parse", "--verify", revision + "^{commit}").strip();
        String describe = run(repository, null, "git", "log", "-1", "--format=%h %ad %s", "--date=iso", commit).strip();
        Path directory = work.resolve("releases").resolve(commit);
        PreviousRelease release = new PreviousRelease(commit, describe, directory);
        if (Files.isRegularFile(release.jar) && Files.isDirectory(release.ruleSet)) {
            log.info("Previous release {} already built in {}", describe, directory);
            return release;
        }
        Path worktree = Files.createTempDirectory("portcullis-release-").resolve("src");
        Path buildLog = Files.createDirectories(directory).resolve("build.log");
        log.info("Building the previous release {} in {} (log {})", describe, worktree, buildLog);
        run(repository, null, "git", "worktree", "add", "--detach", worktree.toString(), commit);
        try {
            run(worktree, buildLog, "mvn", "-B", "-o", "-DskipTests", "package", "-pl", "webapp", "-am");
            Files.copy(worktree.resolve("webapp/target/portcullis.jar"), release.jar,
                    StandardCopyOption.REPLACE_EXISTING);
            copyTree(worktree.resolve("rules/ruleset"), release.ruleSet);
        } finally {
            run(repository, null, "git", "worktree", "remove", "--force", worktree.toString());
            Files.deleteIfExists(worktree.getParent());
        }
        return release;
    }

    String commit() {
        return commit;
    }

    /** Short commit, date and subject. */
    String describe() {
        return describe;
    }

    Path jar() {
        return jar;
    }

    Path ruleSet() {
        return ruleSet;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Runs {@code command} in {@code directory}; its output, or (with {@code output} given) appended to that file. */
    private static String run(Path directory, Path output, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        if (output != null) {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        }
        Process process = builder.start();
        String text = output == null ? new String(process.getInputStream().readAllBytes()) : "";
        if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed in " + directory
                    + (output == null ? ":\n" + text : "; see " + output));
        }
        return text;
    }

    @Override
    public String toString() {
        return describe;
    }
}
