package org.caravan.clearance.internal.model;

import java.math.BigDecimal;
import java.util.Optional;

import org.caravan.reference.Charge;
import org.caravan.reference.Money;
import org.caravan.reference.Payer;

/**
 * One charge of an assessment: what it is levied on, at what rate (and the floor per kg
 * where it applied), the amount in the currency the rule is stated in and what is due in
 * the currency of payment, with the legal basis and the computation in words. Lines the
 * declarant pays itself (a courier's clearance fee) are not part of what the recipient owes.
 */
public record ChargeLine(ChargeType type, Money base, Optional<BigDecimal> ratePercent, Money amount, Money due,
        String legalBasis, String explanation, Optional<String> name, Optional<Payer> payer, Optional<Money> perKg,
        Optional<BigDecimal> massKg, boolean minimumApplied) {

    public ChargeLine(ChargeType type, Money base, Optional<BigDecimal> ratePercent, Money amount, Money due,
            String legalBasis, String explanation) {
        this(type, base, ratePercent, amount, due, legalBasis, explanation, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    public static ChargeLine of(Charge c) {
        return new ChargeLine(ChargeType.valueOf(c.kind().name()), c.base(), c.ratePercent(), c.amount(), c.due(),
                c.legalBasis(), c.explanation(), Optional.of(c.name()), Optional.of(c.payer()), c.perKg(), c.massKg(),
                c.minimumApplied());
    }

    /** Whether the recipient owes this line (lines stored before payers were recorded are all the recipient's). */
    public boolean owedByRecipient() {
        return payer.orElse(Payer.RECIPIENT) == Payer.RECIPIENT;
    }
}
