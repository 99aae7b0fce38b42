package org.caravan.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.Permit;
import org.caravan.clearance.internal.model.PermitLedger;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.junit.jupiter.api.Test;

/** The permit check of one item and the draw-down of a chunk, without a database. */
class PermitLedgerTest {

    static final CountryCode KZ = CountryCode.of("KZ");
    static final LocalDate ON = LocalDate.parse("2026-11-20");
    static final HsCode MEDICINE = new HsCode("300490");

    static Permit permit(String quantity) {
        return new Permit("KZ-MED-1", KZ, "3004", "KZ-P1", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"),
                new BigDecimal(quantity), "PCE", BigDecimal.ZERO, UUID.randomUUID(), Instant.parse("2026-10-30T00:00:00Z"),
                Optional.empty(), Optional.empty());
    }

    static Optional<String> refusal(Permit p, CountryCode in, HsCode hs, LocalDate on, int quantity) {
        return p.refusal(in, hs, "Aigerim Sadykova", Optional.of("KZ-P1"), on, BigDecimal.valueOf(quantity));
    }

    @Test
    void aPermitCoversItsGoodsForItsHolderInItsCountryWhileValidAndNotUsedUp() {
        assertThat(refusal(permit("5"), KZ, MEDICINE, ON, 5)).isEmpty();
        assertThat(refusal(permit("5"), KZ, MEDICINE, LocalDate.parse("2026-11-30"), 1)).as("the last day counts").isEmpty();
        assertThat(permit("5").refusal(KZ, MEDICINE, "kz-p1", Optional.empty(), ON, BigDecimal.ONE))
                .as("a holder named by the consignee's name, in any case").isEmpty();
    }

    @Test
    void eachWayAPermitFailsIsNamed() {
        assertThat(refusal(permit("5"), KZ, new HsCode("300210"), ON, 1)).hasValue("permit KZ-MED-1 covers HS 3004, not 300210");
        assertThat(refusal(permit("5"), KZ, MEDICINE, LocalDate.parse("2026-12-01"), 1))
                .hasValue("permit KZ-MED-1 is valid from 2026-11-01 to 2026-11-30, not on 2026-12-01");
        assertThat(refusal(permit("5"), KZ, MEDICINE, ON, 6)).hasValue("permit KZ-MED-1 has 5 PCE left of 5; this item draws 6");
        assertThat(refusal(permit("5").revoked(Instant.now(), "licence withdrawn"), KZ, MEDICINE, ON, 1))
                .hasValue("permit KZ-MED-1 was revoked: licence withdrawn");
    }

    @Test
    void anotherCountrysOrAnotherHoldersPermitReadsAsAnUnknownNumber() {
        String unknown = "permit KZ-MED-1 is not in the permit registry for this consignee in ";
        assertThat(refusal(permit("5"), CountryCode.of("UZ"), MEDICINE, ON, 1)).hasValue(unknown + "UZ");
        assertThat(permit("5").refusal(KZ, new HsCode("300210"), "Someone Else", Optional.of("KZ-P2"), ON, BigDecimal.ONE))
                .as("not even its goods are told").hasValue(unknown + "KZ");
        assertThat(refusal(permit("5").revoked(Instant.now(), "licence withdrawn"), CountryCode.of("UZ"), MEDICINE, ON, 1))
                .as("nor its revocation").hasValue(unknown + "UZ");
        PermitLedger ledger = new PermitLedger(Map.of());
        assertThat(ledger.draw("KZ-MED-1", KZ, MEDICINE, "Aigerim Sadykova", Optional.of("KZ-P1"), ON, 1))
                .hasValue(unknown + "KZ");
    }

    @Test
    void aChunkDrawsItemsInOrderUntilThePermitIsUsedUp() {
        PermitLedger ledger = new PermitLedger(Map.of("KZ-MED-1", permit("5")));
        assertThat(draw(ledger, "KZ-MED-1", 3)).isEmpty();
        assertThat(draw(ledger, "KZ-MED-1", 3)).hasValue("permit KZ-MED-1 has 2 PCE left of 5; this item draws 3");
        assertThat(draw(ledger, "KZ-MED-1", 2)).isEmpty();
        assertThat(ledger.changed().get("KZ-MED-1").drawn()).isEqualByComparingTo("5");
        assertThat(draw(ledger, "NOPE", 1)).hasValue("permit NOPE is not in the permit registry for this consignee in KZ");
    }

    @Test
    void aChunkThatDrewNothingChangesNoPermit() {
        PermitLedger ledger = new PermitLedger(Map.of("KZ-MED-1", permit("5")));
        assertThat(draw(ledger, "KZ-MED-1", 6)).isPresent();
        assertThat(ledger.changed()).isEmpty();
    }

    private static Optional<String> draw(PermitLedger ledger, String ref, int quantity) {
        return ledger.draw(ref, KZ, MEDICINE, "Aigerim Sadykova", Optional.of("KZ-P1"), ON, quantity);
    }
}
