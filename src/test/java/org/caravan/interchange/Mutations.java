package org.caravan.interchange;

import java.util.List;
import java.util.function.BiFunction;

/**
 * How the fuzz tests break interchanges and declarations: the ways partners' software and
 * attackers get them wrong. Each mutation takes the text and a seed-driven number and is
 * deterministic, so QuickTheories can shrink a failure to the smallest case.
 */
final class Mutations {

    private Mutations() {
    }

    record Mutation(String name, BiFunction<String, Integer, String> apply) {
    }

    static final List<Mutation> EDIFACT = List.of(
            new Mutation("truncate", (s, n) -> s.substring(0, n % s.length())),
            new Mutation("bad separator", (s, n) -> replaceAt(s, n, "+:'?*".charAt(n % 5))),
            new Mutation("drop separator", (s, n) -> deleteAt(s, nthOf(s, n, "+:'"))),
            new Mutation("control character", (s, n) -> replaceAt(s, n, (char) (n % 32))),
            new Mutation("drop segment", (s, n) -> segment(s, n, "")),
            new Mutation("repeat segment", (s, n) -> segment(s, n, null)),
            new Mutation("wrong count", (s, n) -> s.replaceFirst("UNT\\+\\d+", "UNT+" + (n % 100))),
            new Mutation("wrong control reference", (s, n) -> s.replaceFirst("UNZ\\+1\\+\\w+", "UNZ+1+X" + n)),
            new Mutation("bad date", (s, n) -> s.replace("20261122043000", List.of("20261322043000", "2026112204300",
                    "ABCDEFGHIJKLMN", "20260230043000").get(n % 4))),
            new Mutation("bad number", (s, n) -> s.replace("25.00", List.of("25,0,0", "2.5.0", "-", "1e9", "99999999999999999999")
                    .get(n % 5))),
            new Mutation("unknown code", (s, n) -> s.replaceFirst(List.of("MEA\\+AAE", "BGM\\+785", "TDT\\+20\\+KC932\\+4",
                    "PIA\\+5", "NAD\\+CN", "LOC\\+27").get(n % 6), "XYZ+" + (n % 1000))),
            new Mutation("swollen element", (s, n) -> s.replaceFirst("Goods", "G".repeat(400 + n % 5000))),
            new Mutation("many elements", (s, n) -> s.replaceFirst("GID\\+1", "GID+1" + "+1".repeat(50 + n % 200))),
            new Mutation("unknown message", (s, n) -> s.replace("CUSCAR:D:99B", List.of("CUSCAR:D:01B", "CUSDEC:D:99B",
                    "IFTSTA:D:99B", "CUSCAR:X:99B").get(n % 4))),
            new Mutation("binary noise", (s, n) -> s.substring(0, n % s.length()) + "\u0000\u00ff\ufffd\u202e"
                    + s.substring(n % s.length())));

    static final List<Mutation> XML = List.of(
            new Mutation("truncate", (s, n) -> s.substring(0, n % s.length())),
            new Mutation("external entity", (s, n) -> s.replaceFirst("<md:MetaData", "<!DOCTYPE md:MetaData [<!ENTITY x SYSTEM \""
                    + List.of("file:///etc/passwd", "http://127.0.0.1:9/x", "jar:file:///x!/y").get(n % 3)
                    + "\">]><md:MetaData").replace("<TypeCode>IMA</TypeCode>", "<TypeCode>&x;</TypeCode>")),
            new Mutation("entity expansion", (s, n) -> s.replaceFirst("<md:MetaData", "<!DOCTYPE md:MetaData [<!ENTITY a \""
                    + "x".repeat(100) + "\"><!ENTITY b \"" + "&a;".repeat(100) + "\">]><md:MetaData")
                    .replace("<TypeCode>IMA</TypeCode>", "<TypeCode>&b;</TypeCode>")),
            new Mutation("xinclude", (s, n) -> s.replace("<TypeCode>IMA</TypeCode>",
                    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>")),
            new Mutation("deep nesting", (s, n) -> s.replace("<TypeCode>IMA</TypeCode>", "<TypeCode>" + "<x>".repeat(50 + n % 500)
                    + "</x>".repeat(50 + n % 500) + "</TypeCode>")),
            new Mutation("bad number", (s, n) -> s.replace(">1000</ItemChargeAmount>", List.of(">1,000<", ">-5<", "><", ">NaN<")
                    .get(n % 4) + "/ItemChargeAmount>")),
            new Mutation("unknown code", (s, n) -> s.replace("<CountryCode>KZ</CountryCode>", "<CountryCode>Q" + (n % 10)
                    + "</CountryCode>")),
            new Mutation("bad character", (s, n) -> replaceAt(s, n, "<>&\"'\u0000".charAt(n % 6))),
            new Mutation("drop element", (s, n) -> s.replaceFirst(List.of("<Importer>", "<GoodsShipment>", "<Commodity>",
                    "<Declaration[^>]*>").get(n % 4), "")));

    private static String replaceAt(String s, int n, char c) {
        int i = n % s.length();
        return s.substring(0, i) + c + s.substring(i + 1);
    }

    private static String deleteAt(String s, int i) {
        return i < 0 ? s : s.substring(0, i) + s.substring(i + 1);
    }

    private static int nthOf(String s, int n, String chars) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int target = n % count;
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0 && target-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Removes ({@code replacement} "") or doubles ({@code null}) one segment line. */
    private static String segment(String s, int n, String replacement) {
        String[] lines = s.split("\n");
        int i = n % lines.length;
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < lines.length; j++) {
            if (j == i) {
                out.append(replacement == null ? lines[j] + "\n" + lines[j] + "\n" : replacement);
            } else {
                out.append(lines[j]).append('\n');
            }
        }
        return out.toString();
    }
}
