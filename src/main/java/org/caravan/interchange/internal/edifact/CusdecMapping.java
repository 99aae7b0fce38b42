package org.caravan.interchange.internal.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.caravan.filing.internal.web.FilingRequests;

/**
 * Maps each CUSDEC message of an interchange to a platform's order request: the order at
 * checkout, its seller and buyer, its payment record and its goods items. As for CUSCAR,
 * only the form is judged here; filing's validation judges the order.
 */
public final class CusdecMapping implements InterchangeReader.Handler {

    /** One CUSDEC as an order, with where its BGM and each goods item's GID are. */
    public record Mapped(String reference, String version, FilingRequests.Order order, int bgmSegment, int[] gidSegments) {
    }

    private enum Section { NONE, HEADER, PARTY, PAYMENT, ITEM }

    private final Consumer<Mapped> sink;
    private final Faults faults;

    private Section section = Section.NONE;
    private String reference;
    private String version;
    private int bgm;
    private String orderRef;
    private String orderedAt;
    private String destination;
    private String currency;
    private String shippingCost;
    private String incoterm;
    private FilingRequests.Seller seller;
    private FilingRequests.Buyer buyer;
    private String payRef;
    private String payAmount;
    private String paidAt;
    private String provider;
    private List<FilingRequests.OrderItem> items;
    private List<Integer> gids;
    private Item item;

    public CusdecMapping(Consumer<Mapped> sink, Faults faults) {
        this.sink = sink;
        this.faults = faults;
    }

    @Override
    public void messageHeader(Segment unh, String type, String messageVersion, boolean supported) {
        section = supported && "CUSDEC".equals(type) ? Section.HEADER : Section.NONE;
        reference = unh.value(1);
        version = messageVersion;
        bgm = 0;
        orderRef = orderedAt = destination = currency = shippingCost = incoterm = null;
        payRef = payAmount = paidAt = provider = null;
        seller = null;
        buyer = null;
        items = new ArrayList<>();
        gids = new ArrayList<>();
        item = null;
    }

    @Override
    public void segment(Segment s) {
        if (section == Section.NONE) {
            return;
        }
        switch (s.tag()) {
            case "BGM" -> {
                bgm = s.position();
                if (!"929".equals(s.value(1, 1))) {
                    faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "document name code must be 929 (goods declaration for importation)"));
                }
                orderRef = s.value(2, 1);
            }
            case "DTM" -> dtm(s);
            case "LOC" -> loc(s);
            case "MOA" -> moa(s);
            case "TOD" -> incoterm = s.value(3, 1);
            case "NAD" -> nad(s);
            case "RFF" -> {
                section = Section.PAYMENT;
                if (!"PQ".equals(s.value(1, 1))) {
                    faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "reference qualifier must be PQ (payment reference)"));
                }
                payRef = s.value(1, 2);
            }
            case "FTX" -> ftx(s);
            case "GID" -> {
                endItem();
                section = Section.ITEM;
                item = new Item();
                gids.add(s.position());
                if (!String.valueOf(items.size() + 1).equals(s.value(1))) {
                    faults.add(s.fault(1, 0, SyntaxCodes.INVALID_VALUE, "goods item number must be " + (items.size() + 1)));
                }
            }
            case "PIA" -> pia(s);
            case "QTY" -> {
                if (item == null || !"47".equals(s.value(1, 1))) {
                    faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "quantity qualifier must be 47 in a goods item"));
                    return;
                }
                try {
                    item.quantity = Integer.valueOf(s.value(1, 2));
                } catch (NumberFormatException e) {
                    faults.add(s.fault(1, 2, SyntaxCodes.INVALID_VALUE, "quantity must be a whole number up to 2147483647"));
                }
            }
            case "MEA" -> {
                if (item == null || !"AAE".equals(s.value(1)) || !"AAA".equals(s.value(2, 1)) || !"KGM".equals(s.value(3, 1))) {
                    faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "measurement must be AAE+AAA (net weight) in KGM"));
                    return;
                }
                item.netMassKg = Segment.decimal(s.value(3, 2));
            }
            default -> faults.add(s.fault(0, 0, SyntaxCodes.NOT_SUPPORTED_IN_POSITION, s.tag() + " is not used in CUSDEC"));
        }
    }

    @Override
    public void messageTrailer(Segment unt) {
        if (section == Section.NONE) {
            return;
        }
        endItem();
        FilingRequests.Payment payment = payRef == null && payAmount == null ? null
                : new FilingRequests.Payment(provider, payRef, payAmount, paidAt);
        sink.accept(new Mapped(reference, version, new FilingRequests.Order(orderRef, orderedAt, seller, buyer, destination,
                currency, List.copyOf(items), shippingCost, payment, incoterm), bgm,
                gids.stream().mapToInt(Integer::intValue).toArray()));
        section = Section.NONE;
    }

    private void dtm(Segment s) {
        String qualifier = s.value(1, 1);
        var at = EdifactDates.parse(s.value(1, 2), s.value(1, 3));
        if (at.isEmpty()) {
            faults.add(s.fault(1, 2, SyntaxCodes.INVALID_VALUE, "not a date in format " + s.value(1, 3) + " (102, 203 or 204)"));
        } else if ("137".equals(qualifier) && section == Section.HEADER) {
            orderedAt = at.get().toString();
        } else if ("203".equals(qualifier) && section == Section.PAYMENT) {
            paidAt = at.get().toString();
        } else {
            faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "date qualifier must be 137 (order) or 203 (payment)"));
        }
    }

    private void loc(Segment s) {
        String qualifier = s.value(1);
        if ("28".equals(qualifier) && section == Section.HEADER) {
            destination = s.value(2, 1);
        } else if ("27".equals(qualifier) && section == Section.ITEM) {
            item.origin = s.value(2, 1);
        } else {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "location qualifier must be 28 (destination) or 27 (origin of an item)"));
        }
    }

    private void moa(Segment s) {
        String qualifier = s.value(1, 1);
        if ("64".equals(qualifier) && section == Section.HEADER) {
            shippingCost = Segment.decimal(s.value(1, 2));
            currency = s.value(1, 3);
        } else if ("9".equals(qualifier) && section == Section.PAYMENT) {
            payAmount = Segment.decimal(s.value(1, 2));
        } else if ("146".equals(qualifier) && section == Section.ITEM) {
            item.unitPrice = Segment.decimal(s.value(1, 2));
        } else {
            faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED,
                    "amount qualifier must be 64 (freight), 9 (paid) or 146 (unit price) in its place"));
        }
    }

    private void nad(Segment s) {
        section = Section.PARTY;
        String street = s.joined(5);
        if ("SE".equals(s.value(1))) {
            seller = new FilingRequests.Seller(s.value(2, 1), s.joined(4), s.value(9));
        } else if ("BY".equals(s.value(1))) {
            buyer = new FilingRequests.Buyer(s.joined(4), s.value(2, 1),
                    new FilingRequests.Address(street, s.value(6), s.value(8), s.value(9)));
        } else {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "party qualifier must be SE (seller) or BY (buyer)"));
        }
    }

    private void ftx(Segment s) {
        if ("PAI".equals(s.value(1)) && section == Section.PAYMENT) {
            provider = s.joined(4);
        } else if ("AAA".equals(s.value(1)) && section == Section.ITEM) {
            item.description = s.joined(4);
        } else {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "text subject must be PAI (payment) or AAA (goods)"));
        }
    }

    private void pia(Segment s) {
        if (item == null) {
            faults.add(s.fault(0, 0, SyntaxCodes.NOT_SUPPORTED_IN_POSITION, "PIA belongs to a goods item"));
        } else if ("5".equals(s.value(1)) && "HS".equals(s.value(2, 2))) {
            item.hsCode = s.value(2, 1);
        } else if ("1".equals(s.value(1)) && "SA".equals(s.value(2, 2))) {
            item.sku = s.value(2, 1);
        } else {
            faults.add(s.fault(2, 2, SyntaxCodes.VALUE_NOT_SUPPORTED, "product identification must be 5:HS or 1:SA"));
        }
    }

    private void endItem() {
        if (item != null) {
            items.add(new FilingRequests.OrderItem(item.sku, item.description, item.hsCode, item.quantity, item.unitPrice,
                    item.origin, item.netMassKg));
            item = null;
        }
    }



    private static final class Item {
        String sku;
        String description;
        String hsCode;
        Integer quantity;
        String unitPrice;
        String origin;
        String netMassKg;
    }
}
