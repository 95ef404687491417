package org.portcullis.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

class PositionAndMmsiTest {

    @Test
    void acceptsAShipStationMmsiAndGivesItsMaritimeIdentificationDigits() {
        Mmsi mmsi = Mmsi.of(" 357123000 ");

        assertThat(mmsi.value()).isEqualTo("357123000");
        assertThat(mmsi.mid()).isEqualTo("357");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"35712300", "3571230001", "057123000", "970123456", "35712300A", "357 123 000"})
    void rejectsWhatIsNotANineDigitShipStationMmsi(String text) {
        assertThatThrownBy(() -> Mmsi.of(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MMSI_INVALID));
    }

    @Test
    void readsUnLocodeCoordinatesInDegreesAndMinutes() {
        GeoPosition rotterdam = GeoPosition.ofLocodeCoordinates("5155N 00430E");
        GeoPosition guayaquil = GeoPosition.ofLocodeCoordinates("0210S 07954W");

        assertThat(rotterdam.latitude()).isCloseTo(51.9167, within(1e-4));
        assertThat(rotterdam.longitude()).isEqualTo(4.5);
        assertThat(guayaquil.latitude()).isCloseTo(-2.1667, within(1e-4));
        assertThat(guayaquil.longitude()).isCloseTo(-79.9, within(1e-4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"51.92N 4.5E", "5160N 00430E", "5155N 0430E", "5155X 00430E", ""})
    void refusesCoordinatesNotInUnLocodeNotation(String text) {
        assertThatThrownBy(() -> GeoPosition.ofLocodeCoordinates(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5155N 00430E");
    }

    @Test
    void measuresGreatCircleDistance() {
        GeoPosition rotterdam = GeoPosition.ofLocodeCoordinates("5155N 00430E");
        GeoPosition hamburg = GeoPosition.ofLocodeCoordinates("5331N 00956E");

        assertThat(rotterdam.distanceKm(hamburg)).isCloseTo(410, within(10.0));
        assertThat(rotterdam.distanceKm(rotterdam)).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-90.01, 90.01, Double.NaN})
    void refusesLatitudeOutOfRange(double latitude) {
        assertThatThrownBy(() -> new GeoPosition(latitude, 4.5)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_RANGE));
    }

    @Test
    void refusesLongitudeOutOfRange() {
        assertThatThrownBy(() -> new GeoPosition(51.9, 180.5)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("longitude");
    }
}
