package coop.essaim.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageDeclarationTest {

    @Test
    void menuPageCarriesItsMenuItem() {
        PageDeclaration p = PageDeclaration.menuPage("customers/list", Object.class, "invoicing.customer.read",
                new MenuItem(MenuSection.ACTIVITY, "menu.customers", 10));
        assertEquals("activity", p.menu().orElseThrow().section());
    }

    @Test
    void pathMustBeUrlFriendly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PageDeclaration.page("/Customers", Object.class, "x.y"));
        assertTrue(e.getMessage().contains("'/Customers'"));
    }
}
