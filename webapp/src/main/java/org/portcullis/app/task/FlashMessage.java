package org.portcullis.app.task;

import java.io.Serializable;
import java.util.List;

/** A message for the next page after a redirect: a key of messages.properties, its arguments and a level. */
public record FlashMessage(String key, List<String> args, String level) implements Serializable {

    public static FlashMessage success(String key, String... args) {
        return new FlashMessage(key, List.of(args), "success");
    }

    public static FlashMessage info(String key, String... args) {
        return new FlashMessage(key, List.of(args), "info");
    }

    public static FlashMessage warning(String key, String... args) {
        return new FlashMessage(key, List.of(args), "warning");
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
