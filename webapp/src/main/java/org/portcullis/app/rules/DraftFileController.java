package org.portcullis.app.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.portcullis.app.security.Officer;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.casework.rules.DraftFiles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft file in the browser: its source and header beside the live file, edited and saved into the draft, and
 * files uploaded into a folder of the draft. Compiling, scenarios, backtest and going live stay on the draft page.
 */
@Controller
class DraftFileController {

    private final DraftFiles files;

    DraftFileController(DraftFiles files) {
        this.files = files;
    }

    @GetMapping("/rules/draft/file")
    String show(@RequestParam String path, Model model) {
        model.addAttribute("file", files.read(path)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "rules/draft-file";
    }

    @PostMapping("/rules/draft/file")
    String save(@RequestParam String path, @RequestParam String source, @AuthenticationPrincipal Officer author,
            RedirectAttributes redirect) {
        if (files.read(path).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            files.write(path, source, author.userId());
            redirect.addFlashAttribute("flash", FlashMessage.success("rules.file.saved", path));
        } catch (IllegalArgumentException tooLarge) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("rules.file.uploadRefused", path));
        }
        redirect.addAttribute("path", path);
        return "redirect:/rules/draft/file";
    }

    @PostMapping("/rules/draft/upload")
    String upload(@RequestParam(defaultValue = "") String folder, @RequestParam MultipartFile file,
            @AuthenticationPrincipal Officer author, RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String path = folder.isBlank() ? name : folder.strip() + "/" + name;
        if (file.isEmpty() || !DraftFiles.allowed(path)) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("rules.file.uploadRefused", path));
            return "redirect:/rules/draft";
        }
        try {
            files.write(path, new String(file.getBytes(), StandardCharsets.UTF_8), author.userId());
            redirect.addFlashAttribute("flash", FlashMessage.success("rules.file.uploaded", path));
        } catch (IllegalArgumentException tooLarge) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("rules.file.uploadRefused", path));
        }
        return "redirect:/rules/draft";
    }
}
