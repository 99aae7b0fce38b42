package org.caravan.clearance.internal;

import java.util.Currency;

import org.caravan.clearance.internal.store.AllowanceTable;
import org.caravan.filing.AllowanceUsage;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.springframework.stereotype.Component;

/** Filing's question of a recipient's quota, answered from the allowances assessment records. */
@Component
class RecordedAllowanceUsage implements AllowanceUsage {

    private final AllowanceTable allowances;

    RecordedAllowanceUsage(AllowanceTable allowances) {
        this.allowances = allowances;
    }

    @Override
    public Money used(CountryCode jurisdiction, String regimeId, String period, String recipientKey, Currency currency) {
        return allowances.used(jurisdiction, regimeId, period, recipientKey)
                .filter(m -> m.currency().equals(currency))
                .orElse(Money.zero(currency));
    }
}
