package org.portcullis.casework.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the live rule set's directory (when {@code portcullis.rules.watch} is on) and hands every change, once
 * the files are quiet for a moment, to the {@link RuleSetReloader}: a good rule set goes live on every node, a bad
 * one is refused with its problems and the live one keeps serving.
 */
@Component
class RuleDirectoryWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleDirectoryWatcher.class);
    private static final long QUIET_MILLIS = 400;

    private final RuleSetReloader reloader;
    private final RuleSetSource source;
    private final RulesProperties properties;
    private final NodeName node;
    private volatile WatchService watchService;
    private Thread thread;

    RuleDirectoryWatcher(RuleSetReloader reloader, RuleSetSource source, RulesProperties properties, NodeName node) {
        this.reloader = reloader;
        this.source = source;
        this.properties = properties;
        this.node = node;
    }

    @Override
    public synchronized void start() {
        Path root = Path.of(properties.directory());
        if (!properties.watch() || !Files.isDirectory(root)) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            log.error("Cannot watch the rule set directory {}: {}", root.toAbsolutePath(), e.getMessage());
            return;
        }
        thread = new Thread(() -> watch(root), "rule-directory-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for rule set changes", root.toAbsolutePath());
    }

    private void watch(Path root) {
        try {
            while (true) {
                WatchKey key = watchService.take();
                drain(key);
                WatchKey more;
                while ((more = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerTree(root);
                reload();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException | IOException e) {
            log.debug("Rule directory watcher stopped: {}", e.getMessage());
        }
    }

    private void reload() {
        try {
            RuleSetReloader.Result result = reloader.publish(source.read(), "DIRECTORY",
                    RuleFileOwner.ofLatestChange(Path.of(properties.directory()), node.name()));
            log.info("Rule set directory changed: {} {}", result.status(), result.version());
        } catch (RuntimeException e) {
            log.error("Could not reload the rule set directory: {}", e.getMessage(), e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                log.debug("closing the watch service: {}", e.getMessage());
            }
            watchService = null;
        }
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watchService != null;
    }
}
