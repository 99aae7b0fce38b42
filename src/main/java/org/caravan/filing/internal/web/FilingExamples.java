package org.caravan.filing.internal.web;

/** The request examples of API.md, shown in the OpenAPI document. */
final class FilingExamples {

    static final String ORDER = """
            {
              "platformOrderRef": "TM-2026-000123",
              "orderedAt": "2026-11-20T10:15:00Z",
              "seller": {"id": "SELLER-88", "name": "Shenzhen Bright Co", "country": "CN"},
              "buyer": {"name": "Aigerim Sadykova", "consumerId": "KZ-P123456789018",
                        "address": {"line1": "Abay ave 10", "city": "Almaty", "postcode": "050000", "country": "KZ"}},
              "destinationCountry": "KZ",
              "currency": "USD",
              "items": [
                {"sku": "A1", "description": "Cotton T-shirt, men, printed", "hsCode": "610910",
                 "quantity": 2, "unitPrice": "12.50", "originCountry": "CN", "netMassKg": "0.40"}
              ],
              "shippingCost": "3.00",
              "payment": {"provider": "ExamplePay", "transactionRef": "PAY-77", "amount": "28.00", "paidAt": "2026-11-20T10:15:09Z"},
              "incoterm": "DAP"
            }
            """;

    static final String MANIFEST = """
            {
              "manifestRef": "MAWB-784-12345675",
              "transportMode": "AIR",
              "conveyanceRef": "KC932",
              "departure": {"country": "CN", "location": "CNURC"},
              "arrival": {"country": "KZ", "location": "KZALA", "expectedAt": "2026-11-22T04:30:00Z"},
              "route": ["CN", "KZ"],
              "consignments": [
                {"trackingNumber": "CRV000000001KZ", "platformOrderRef": "TM-2026-000123", "platformId": "temu-like",
                 "consignee": {"name": "Aigerim Sadykova", "consumerId": "KZ-P123456789018", "address": {"city": "Almaty", "country": "KZ"}},
                 "grossMassKg": "0.55", "declaredValue": "25.00", "currency": "USD",
                 "items": [{"description": "Cotton T-shirt", "hsCode": "610910", "quantity": 2, "value": "25.00", "originCountry": "CN"}]}
              ]
            }
            """;

    /** The same manifest as JSON Lines: the master consignment, then one house consignment per line. */
    static final String MANIFEST_LINES = """
            {"manifestRef": "MAWB-784-12345675", "transportMode": "AIR", "conveyanceRef": "KC932", "departure": {"country": "CN", "location": "CNURC"}, "arrival": {"country": "KZ", "location": "KZALA", "expectedAt": "2026-11-22T04:30:00Z"}, "route": ["CN", "KZ"]}
            {"trackingNumber": "CRV000000001KZ", "platformOrderRef": "TM-2026-000123", "platformId": "temu-like", "consignee": {"name": "Aigerim Sadykova", "consumerId": "KZ-P123456789018", "address": {"city": "Almaty", "country": "KZ"}}, "grossMassKg": "0.55", "declaredValue": "25.00", "currency": "USD", "items": [{"description": "Cotton T-shirt", "hsCode": "610910", "quantity": 2, "value": "25.00", "originCountry": "CN"}]}
            """;

    private FilingExamples() {
    }
}
