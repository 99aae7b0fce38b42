package org.caravan.risk.internal.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.filing.Recipients;
import org.caravan.party.Parties;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.RateUnavailable;
import org.caravan.reference.Regime;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.SignalDetector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One purchase split into several parcels to one consignee, each below the de minimis
 * threshold of the jurisdiction and channel, together above it: sent within a short window,
 * often by different couriers and platforms, so no single filer sees the whole. The
 * consignee is identified as clearance identifies a recipient ({@link Recipients}).
 * Parcels are remembered as they are screened, and at start the window is filled from the
 * filings, so a restart does not open a gap.
 */
@Component
class Splitting implements SignalDetector {

    static final String NAME = "splitting";

    private final DeMinimisCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final ExchangeRates rates;
    private final Function<UUID, Channel> channels;
    private final Duration window;
    private final ConsigneeWindow parcels;
    private FiledConsignments filings;

    @Autowired
    Splitting(DeMinimisCalculator calculator, Jurisdictions jurisdictions, ExchangeRates rates, Parties parties,
            FiledConsignments filings, SignalSettings settings) {
        this(calculator, jurisdictions, rates, parties::channelOf, settings);
        this.filings = filings;
    }

    /** @param channels the channel each courier's parcels travel by, which picks the regime and so the threshold */
    Splitting(DeMinimisCalculator calculator, Jurisdictions jurisdictions, ExchangeRates rates,
            Function<UUID, Channel> channels, SignalSettings settings) {
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.rates = rates;
        this.channels = channels;
        SignalSettings.Splitting splitting = settings.splitting();
        this.window = splitting.window();
        this.parcels = new ConsigneeWindow(splitting.window(), splitting.maxConsignees(), splitting.maxParcelsPerConsignee());
    }

    @Override
    public Set<String> signals() {
        return Set.of(NAME);
    }

    @Override
    public void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
        LocalDate on = jurisdictions.dateIn(jurisdiction, consignment.filedAt());
        Optional<Regime> regime = calculator.regimeFor(jurisdiction, channels.apply(consignment.courierPartyId()), on);
        // where the allowance is a quota per recipient, clearance already adds their parcels up
        if (regime.isEmpty() || regime.get().allowance().perRecipient()) {
            return;
        }
        Optional<String> consignee = Recipients.key(consignment);
        if (consignee.isEmpty()) {
            return;
        }
        Money threshold = regime.get().allowance().value();
        Optional<BigDecimal> value = value(consignment, threshold, on);
        if (value.isEmpty() || value.get().compareTo(threshold.amount()) > 0) {
            return; // a parcel above the threshold is assessed in full anyway
        }
        List<ConsigneeWindow.Parcel> recent = parcels.add(jurisdiction.value() + "|" + consignee.get(),
                new ConsigneeWindow.Parcel(consignment.trackingNumber(), consignment.filedAt(), value.get(),
                        consignment.courierPartyId(), consignment.platformCode()));
        if (recent.size() < 2) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (ConsigneeWindow.Parcel p : recent) {
            total = total.add(p.value());
        }
        if (total.compareTo(threshold.amount()) > 0) {
            signals.accept(new RiskSignal(NAME, reason(recent, total, threshold), strength(total, threshold.amount())));
        }
    }

    /** Fills the window from the filings of the last window, so parcels screened before a restart still count. */
    @EventListener(ApplicationReadyEvent.class)
    void warmAtStartUp(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            warm(Instant.now());
        }
    }

    void warm(Instant now) {
        filings.forEachFiledSince(now.minus(window), c -> detect(c, c.destination(), signal -> { }));
    }

    /** Consignees and parcels remembered now. */
    int[] remembered() {
        return new int[] {parcels.consignees(), parcels.parcels()};
    }

    private Optional<BigDecimal> value(FiledConsignment c, Money threshold, LocalDate on) {
        try {
            return Optional.of(rates.convert(c.declaredValue(), threshold.currency(), on).amount());
        } catch (RateUnavailable e) {
            return Optional.empty();
        }
    }

    /** 0.5 just above the threshold, 1 at twice it. */
    private static double strength(BigDecimal total, BigDecimal threshold) {
        double ratio = total.doubleValue() / threshold.doubleValue();
        return Math.max(0.5, Math.min(1, ratio / 2));
    }

    static String reason(List<ConsigneeWindow.Parcel> recent, BigDecimal total, Money threshold) {
        Set<Object> couriers = new HashSet<>();
        Set<Object> platforms = new HashSet<>();
        Instant first = recent.get(0).filedAt();
        Instant last = first;
        for (ConsigneeWindow.Parcel p : recent) {
            couriers.add(p.courier());
            p.platform().ifPresent(platforms::add);
            first = p.filedAt().isBefore(first) ? p.filedAt() : first;
            last = p.filedAt().isAfter(last) ? p.filedAt() : last;
        }
        long hours = Math.max(1, (Duration.between(first, last).toMinutes() + 59) / 60);
        String currency = threshold.currency().getCurrencyCode();
        return recent.size() + " parcels to the same consignee within " + hours + " h by " + count(couriers.size(), "courier")
                + " and " + count(platforms.size(), "platform") + " total " + plain(total.setScale(2, RoundingMode.HALF_UP))
                + " " + currency + ", above the " + plain(threshold.amount()) + " "
                + currency + " threshold; each is below it";
    }

    /** 310 rather than 310.00, yet 200.4 keeps its cents: a total just above the threshold must not read as equal to it. */
    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
