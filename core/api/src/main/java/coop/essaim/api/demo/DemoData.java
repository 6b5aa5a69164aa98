package coop.essaim.api.demo;

/**
 * Extension point: the demo cooperative's data for a module (customers and invoices for invoicing, a
 * payroll month for payroll...). Called once, by {@code essaim demo} on an empty installation, after the core
 * created the demo cooperative and its users, in {@link #order()} then module id order. Use stable names so
 * tests and documentation can refer to them (the core's demo users are listed in {@link DemoContext}).
 */
public interface DemoData {

    default int order() {
        return 100;
    }

    void load(DemoContext context) throws Exception;
}
