package org.caravan.console.internal.web;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's numbers as a JSON data block the page carries ({@code <script type="application/json">},
 * never run) and {@code assets/charts.js} draws: the content policy allows no inline script.
 */
final class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartData() {
    }

    /** JSON safe inside a script element: no "</script>" or comment opener can end it early. */
    static String json(Map<String, Object> chart) {
        return JSON.writeValueAsString(chart).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
