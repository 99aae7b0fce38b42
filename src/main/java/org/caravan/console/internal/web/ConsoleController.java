package org.caravan.console.internal.web;

import org.caravan.party.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The console's front page: who is signed in, and the way out. The workbench's pages hang below it. */
@Controller
class ConsoleController {

    @GetMapping(path = "/console", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String home(Caller caller, CsrfToken csrf) {
        String who = HtmlUtils.htmlEscape(caller.clientId()) + " (" + caller.role().name().toLowerCase()
                + caller.administration().map(a -> ", " + a.value()).orElse("") + ")";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Caravan console</title></head>
                <body><main><h1>Caravan console</h1><p>Signed in as %s.</p>
                <form method="post" action="/logout"><input type="hidden" name="%s" value="%s">
                <button type="submit">Sign out</button></form></main></body></html>
                """.formatted(who, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
