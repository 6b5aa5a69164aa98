package coop.essaim.kernel.demo;

/** A demo user to print at start: the demo passwords are public by design and only exist in demo installs. */
public record DemoLogin(String role, String login, String password) {
}
