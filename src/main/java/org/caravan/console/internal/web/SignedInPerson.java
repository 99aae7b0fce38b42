package org.caravan.console.internal.web;

import org.caravan.party.Caller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page behind the sign-in shows who is signed in: the header's name and the sign-out form need it. */
@ControllerAdvice(basePackageClasses = SignedInPerson.class)
class SignedInPerson {

    @ModelAttribute("caller")
    Caller caller(Caller caller) {
        return caller;
    }
}
