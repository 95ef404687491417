package org.portcullis.app.certificate;

import org.portcullis.app.security.Officer;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.casework.clearancecertificate.CaseNotReleasedException;
import org.portcullis.casework.clearancecertificate.ClearanceCertificates;
import org.portcullis.casework.clearancecertificate.IssuedCertificate;
import org.portcullis.ledger.certificate.ClearanceJws;
import org.portcullis.model.value.Mrn;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer gets a released case's clearance certificate (issued on the first request) and its printable page:
 * what it certifies, the QR code of its verification URL, and the JWS itself.
 */
@Controller
class ClearanceCertificateController {

    private final ClearanceCertificates certificates;

    ClearanceCertificateController(ClearanceCertificates certificates) {
        this.certificates = certificates;
    }

    @PostMapping("/cases/{mrn}/clearance-certificate")
    String issue(@PathVariable String mrn, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (!Mrn.isValid(mrn)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn);
        }
        try {
            IssuedCertificate certificate = certificates.issue(Mrn.of(mrn), officer.userId());
            return "redirect:/certificates/" + certificate.id();
        } catch (CaseNotReleasedException notReleased) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("certificate.notReleased", mrn));
            return "redirect:/cases/" + mrn;
        }
    }

    @GetMapping("/certificates/{id}")
    String show(@PathVariable String id, Model model) {
        IssuedCertificate certificate = certificates.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no certificate " + id));
        String url = certificates.verificationUrl(certificate);
        model.addAttribute("certificate", certificate);
        model.addAttribute("claims", certificates.verify(certificate.jws(), null).claims());
        model.addAttribute("verificationUrl", url);
        model.addAttribute("qrCode", QrCode.svg(url));
        model.addAttribute("type", ClearanceJws.TYPE);
        return "certificates/clearance";
    }
}
