package org.portcullis.app.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;

/**
 * One entry of the main navigation: where it leads, its label (a key of the message bundle), its place from the
 * left, and the roles that see it. Each feature contributes its entries as beans, so that a new page appears in
 * the one navigation without editing the layout.
 */
public record NavigationItem(String path, String labelKey, int order, Set<String> roles) {

    public NavigationItem {
        roles = Set.copyOf(roles);
    }

    /** The entries an officer with these authorities sees, from the left; a path once, at its leftmost place. */
    public static List<NavigationItem> visible(ObjectProvider<NavigationItem> items,
            Collection<? extends GrantedAuthority> authorities) {
        Set<String> paths = new HashSet<>();
        return items.stream().filter(item -> item.visibleTo(authorities))
                .sorted(Comparator.comparingInt(NavigationItem::order)).filter(item -> paths.add(item.path()))
                .toList();
    }

    /** Whether an officer with these authorities ({@code ROLE_CLERK} ...) sees the entry. */
    public boolean visibleTo(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> roles.stream().anyMatch(role -> authority.equals("ROLE_" + role)));
    }

    /** Whether the page at the request path belongs to this entry. */
    public boolean contains(String requestPath) {
        return requestPath.equals(path) || requestPath.startsWith(path + "/") || requestPath.startsWith(path + ".");
    }
}
