package org.portcullis.app.certificate;

import java.util.Map;
import java.util.TreeMap;
import org.portcullis.casework.clearancecertificate.ClearanceCertificates;
import org.portcullis.ledger.certificate.ClearanceJws;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public verification page a clearance certificate's QR code opens: verified, or refused with why, and what the
 * certificate says. Without a certificate it offers a field to paste one.
 */
@Controller
class VerificationController {

    private final ClearanceCertificates certificates;

    VerificationController(ClearanceCertificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String jws, @RequestParam(required = false) String log,
            Model model) {
        if (jws != null && !jws.isBlank()) {
            ClearanceJws.Verification verification = certificates.verify(jws, log);
            Map<String, Object> claims = new TreeMap<>(verification.claims());
            model.addAttribute("verification", verification);
            model.addAttribute("claims", claims);
        }
        model.addAttribute("jws", jws);
        return "certificates/verify";
    }
}
