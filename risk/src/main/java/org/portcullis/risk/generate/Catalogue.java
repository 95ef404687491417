package org.portcullis.risk.generate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The world the generated history happens in: origin countries with their loading ports, ship services with the
 * ports they call at, and the goods each origin ships (resources origins.csv, services.csv, goods.csv).
 */
record Catalogue(List<Origin> origins, List<Service> services, Map<String, List<Goods>> goodsByOrigin) {

    record Origin(String country, double weight, List<String> ports, String service) {
    }

    record Service(String name, double weight, List<String> ports) {
    }

    record Goods(String country, String hs, String description, double valuePerKg, double massMin, double massMax,
            double weight) {
    }

    static Catalogue load() {
        List<Origin> origins = read("origins.csv", r -> new Origin(r.get("country"), number(r, "weight"),
                words(r.get("ports")), r.get("service")));
        List<Service> services = read("services.csv", r -> new Service(r.get("service"), number(r, "weight"),
                words(r.get("ports"))));
        List<Goods> goods = read("goods.csv", r -> new Goods(r.get("country"), r.get("hs"), r.get("description"),
                number(r, "valuePerKg"), number(r, "massMin"), number(r, "massMax"), number(r, "weight")));
        return new Catalogue(origins, services, goods.stream().collect(Collectors.groupingBy(Goods::country)));
    }

    Origin origin(String country) {
        return origins.stream().filter(o -> o.country().equals(country)).findFirst().orElseThrow();
    }

    List<Origin> originsOf(String service) {
        return origins.stream().filter(o -> o.service().equals(service)).toList();
    }

    private static <T> List<T> read(String name, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(Catalogue.class.getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            List<T> rows = new ArrayList<>();
            for (CSVRecord r : format.parse(in)) {
                rows.add(row.apply(r));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generator's " + name, e);
        }
    }

    private static double number(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.trim().split("\\s+"));
    }
}
