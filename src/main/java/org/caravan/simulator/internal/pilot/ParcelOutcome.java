package org.caravan.simulator.internal.pilot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What became of one simulated parcel, as the simulator saw it through the API, on the
 * simulated clock (minutes from the pilot's start). Filled in while the pilot plays.
 */
public final class ParcelOutcome {

    /** An amount in one currency, as the API states money. */
    public record Amount(BigDecimal amount, String currency) {
    }

    final SimParcel parcel;
    Long filedAt;
    Long arrivedAt;
    Long releasedAt;
    /** The pre-arrival decision: RELEASED_PRE_ARRIVAL, PAYMENT_REQUIRED, SELECTED_FOR_INSPECTION, HELD_FOR_DOCUMENTS. */
    String decision;
    /** How the risk engine selected it: NONE, MANDATORY, TARGETED or RANDOM. */
    String selection = "NONE";
    final List<String> reasons = new ArrayList<>();
    Amount dueAtDecision;
    boolean inspected;
    boolean documentsChecked;
    /** The officer's control found what the ground truth holds. */
    boolean found;
    Amount revenueFound;
    /** What the fraud withheld: duties on the true value less those on the declared one (value frauds only). */
    Amount atStake;
    boolean seized;
    boolean awaitingOfficerCharge;
    boolean delivered;
    boolean returned;

    public ParcelOutcome(SimParcel parcel) {
        this.parcel = parcel;
    }

    public SimParcel parcel() {
        return parcel;
    }

    public Optional<Long> releasedAt() {
        return Optional.ofNullable(releasedAt);
    }

    public Optional<Long> arrivedAt() {
        return Optional.ofNullable(arrivedAt);
    }

    public Optional<Long> filedAt() {
        return Optional.ofNullable(filedAt);
    }

    public String decision() {
        return decision;
    }

    public String selection() {
        return selection;
    }

    /** Sent to inspection before arrival, however chosen. */
    public boolean selectedForInspection() {
        return "SELECTED_FOR_INSPECTION".equals(decision);
    }

    /**
     * Selected by risk for a control before arrival (mandatory, targeted or random), whether an
     * inspection or a documentary check; a hold the regime puts on a parcel is not a selection.
     */
    public boolean selectedForControl() {
        return !"NONE".equals(selection);
    }

    /** The risk rules and signals that weighed in its selection, as the case shows them. */
    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    public boolean inspected() {
        return inspected;
    }

    /** An officer finished a control of it: an inspection or a documentary check. */
    public boolean controlled() {
        return inspected || documentsChecked;
    }

    public boolean found() {
        return found;
    }

    public Optional<Amount> revenueFound() {
        return Optional.ofNullable(revenueFound);
    }

    public Optional<Amount> dueAtDecision() {
        return Optional.ofNullable(dueAtDecision);
    }

    public Optional<Amount> atStake() {
        return Optional.ofNullable(atStake);
    }

    /**
     * An officer took up its control but could not close it: the regime computes no charge
     * (Uzbekistan above the monthly quota), and the simulator does not invent one.
     */
    public boolean awaitingOfficerCharge() {
        return awaitingOfficerCharge && !controlled();
    }

    public boolean returned() {
        return returned;
    }

    /** For tests and the evaluation's own arithmetic: an outcome set as a run would have set it. */
    public static ParcelOutcome of(SimParcel parcel, String decision, String selection, Long filedAt, Long arrivedAt,
            Long releasedAt, boolean controlled, boolean found, Amount dueAtDecision, Amount revenueFound, Amount atStake) {
        ParcelOutcome o = new ParcelOutcome(parcel);
        o.decision = decision;
        o.selection = selection;
        o.filedAt = filedAt;
        o.arrivedAt = arrivedAt;
        o.releasedAt = releasedAt;
        o.inspected = controlled && "SELECTED_FOR_INSPECTION".equals(decision);
        o.documentsChecked = controlled && !o.inspected;
        o.found = found;
        o.dueAtDecision = dueAtDecision;
        o.revenueFound = revenueFound;
        o.atStake = atStake;
        return o;
    }
}
