package org.portcullis.messaging.filing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.Person;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.Mrn;
import org.portcullis.model.value.UnLocode;
import org.portcullis.model.value.UnNumber;

/** The JSON settings of the wire formats: value types as their codes, ISO 8601 times, no empty elements, bounded nesting. */
public final class FilingJson {

    /** Deeper nesting than any filing needs; a hostile document is refused before it costs memory. */
    static final int MAX_NESTING_DEPTH = 32;

    private FilingJson() {
    }

    public static ObjectMapper objectMapper() {
        JsonFactory factory = JsonFactory.builder()
                // an element given twice is refused, not silently replaced by its last value
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        SimpleModule codes = new SimpleModule("portcullis-codes");
        for (Class<?> type : new Class<?>[] {ImoNumber.class, ContainerNumber.class, CountryCode.class, HsCode.class,
                UnLocode.class, UnNumber.class, Mrn.class}) {
            codes.addSerializer(type, ToStringSerializer.instance);
        }
        return new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .registerModule(codes)
                .addMixIn(FilingHeader.class, TransportFieldsLeftOut.class)
                .addMixIn(Person.class, PersonAsPublished.class)
                // "{...}}" or two documents in one body are refused, not read up to the end of the first
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }

    /** A person's role is the list it stands in (crew or passengers); transit is written only when true. */
    @JsonIgnoreProperties({"role"})
    private interface PersonAsPublished {

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        boolean transit();
    }

    /** The message id and carrier id travel as message properties, not in the filing document. */
    @JsonIgnoreProperties({"messageId", "carrierId"})
    private interface TransportFieldsLeftOut {
    }
}
