package org.caravan.console.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's front page: who is signed in, the sections, and the way out. */
@Controller
class ConsoleController {

    @GetMapping("/console")
    String home() {
        return "console/home";
    }
}
