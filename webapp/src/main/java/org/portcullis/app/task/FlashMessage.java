package org.portcullis.app.task;

import java.io.Serializable;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message for the next page after a redirect: a key of messages.properties, its arguments and a level. An
 * argument made by {@link #label} is itself a key, shown in the reader's language (never a raw code).
 */
public record FlashMessage(String key, List<Serializable> args, String level) implements Serializable {

    public static FlashMessage success(String key, Serializable... args) {
        return new FlashMessage(key, List.of(args), "success");
    }

    public static FlashMessage info(String key, Serializable... args) {
        return new FlashMessage(key, List.of(args), "info");
    }

    public static FlashMessage warning(String key, Serializable... args) {
        return new FlashMessage(key, List.of(args), "warning");
    }

    /** An argument shown as the text of a key of messages.properties. */
    public static Serializable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
