package org.portcullis.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.ui.Model;

/**
 * A page's request parameter with a value it does not take: answered with the application's error page (status
 * 400) naming the parameter, the value given and the values it takes, instead of the framework's bare 400.
 *
 * @param name the parameter
 * @param value what the request gave (shortened when long)
 * @param allowed the values it takes, comma-separated
 */
public record InvalidParameter(String name, String value, String allowed) {

    private static final int MAX_ECHO = 40;

    /** The constant of {@code type} named {@code value} (case ignored), or empty. */
    public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst();
    }

    /** Renders the error page for a value {@code type} has no constant of; gives the view's name. */
    public static String page(Model model, HttpServletResponse response, String name, String value,
            Class<? extends Enum<?>> type) {
        String echo = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("invalidParameter", new InvalidParameter(name, echo, allowed));
        return "error/4xx";
    }
}
