package org.caravan.console.internal.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's own sign-in form, labelled and served from this host: Spring Security's generated
 * page styles itself inline, which the console's content policy forbids. The form posts to
 * {@code /login}, where the sign-in chain checks the person's secret.
 */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "console/login";
    }
}
