package org.returnops.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages, in English here and in Russian, Tajik, Uzbek (Latin) and Kazakh in
 * {@code messages/msg_<lang>.properties}; the build fails when a translation names a key missing here.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Return operation")
    String app_title();

    @Message("Skip to content")
    String skip();

    @Message("Home")
    String nav_home();

    @Message("Operations board")
    String nav_board();

    @Message("Convoys")
    String nav_convoys();

    @Message("Register a person")
    String nav_register();

    @Message("Clearance queue")
    String nav_queue();

    @Message("Log out")
    String logout();

    @Message("Language")
    String language();

    @Message("Signed in as")
    String signed_in();

    @Message("Log in")
    String login_title();

    @Message("User name")
    String login_username();

    @Message("Password")
    String login_password();

    @Message("Log in")
    String login_submit();

    @Message("Wrong user name or password.")
    String login_failed();

    @Message("Too many failed attempts: this user is locked for a while. Try again later.")
    String login_locked();

    @Message("Choose what to open.")
    String home_intro();

    @Message("Your role has no pages here yet; use the API.")
    String home_nothing();

    @Message("Operations board")
    String board_title();

    @Message("People by site and status")
    String board_people();

    @Message("Site")
    String board_site();

    @Message("Status")
    String board_status();

    @Message("People")
    String board_count();

    @Message("Registered in total")
    String board_total();

    @Message("Clearances pending")
    String board_clearances();

    @Message("Authority")
    String board_authority();

    @Message("Pending")
    String board_pending();

    @Message("Longest wait")
    String board_longest_wait();

    @Message("Convoys")
    String board_convoys();

    @Message("Route")
    String board_route();

    @Message("Crossings passed")
    String board_crossings();

    @Message("Headcount per vehicle")
    String board_vehicles();

    @Message("Headcount mismatch")
    String board_mismatch();

    @Message("expected")
    String board_expected();

    @Message("counted")
    String board_counted();

    @Message("Updates live")
    String board_live();

    @Message("Nothing yet.")
    String board_none();

    @Message("Not available: a service is not answering.")
    String board_unavailable();

    @Message("Convoys")
    String convoys_title();

    @Message("Convoy")
    String convoy_title();

    @Message("Planned departure")
    String convoy_departure();

    @Message("Manifest")
    String convoy_manifest();

    @Message("Print view")
    String convoy_print();

    @Message("Download CSV")
    String convoy_csv();

    @Message("Vehicle")
    String convoy_vehicle();

    @Message("Seat")
    String convoy_seat();

    @Message("Name")
    String convoy_name();

    @Message("Date of birth")
    String convoy_birth();

    @Message("Document")
    String convoy_document();

    @Message("Destination")
    String convoy_destination();

    @Message("passengers")
    String convoy_passengers();

    @Message("No manifest yet.")
    String convoy_no_manifest();

    @Message("Checkpoint headcount")
    String convoy_headcount();

    @Message("Crossing")
    String convoy_crossing();

    @Message("People counted in")
    String convoy_counted();

    @Message("Record the headcount")
    String convoy_record();

    @Message("Headcount recorded.")
    String convoy_recorded();

    @Message("Arrival")
    String convoy_arrival();

    @Message("Received by (authority)")
    String convoy_received_by();

    @Message("Record the arrival")
    String convoy_arrive();

    @Message("Refused:")
    String convoy_refused();

    @Message("Register a person")
    String reg_title();

    @Message("Staging site")
    String reg_site();

    @Message("Name in Latin script")
    String reg_name_latin();

    @Message("Name in Cyrillic script")
    String reg_name_cyrillic();

    @Message("Family name")
    String reg_family();

    @Message("Given name")
    String reg_given();

    @Message("Sex")
    String reg_sex();

    @Message("Female")
    String reg_sex_f();

    @Message("Male")
    String reg_sex_m();

    @Message("Unspecified")
    String reg_sex_x();

    @Message("Date of birth (YYYY-MM-DD)")
    String reg_birth();

    @Message("Nationality (3-letter code)")
    String reg_nationality();

    @Message("Phone")
    String reg_phone();

    @Message("Destination region")
    String reg_region();

    @Message("Register")
    String reg_submit();

    @Message("Registered:")
    String reg_done();

    @Message("The registration was refused; see the fields marked below.")
    String reg_errors();

    @Message("Check this field:")
    String reg_field_error();

    @Message("Clearance queue")
    String queue_title();

    @Message("Requested")
    String queue_requested();

    @Message("Clearance")
    String queue_type();

    @Message("Reason")
    String queue_reason();

    @Message("Grant")
    String queue_grant();

    @Message("Deny")
    String queue_deny();

    @Message("Decision recorded.")
    String queue_decided();

    @Message("pending")
    String queue_pending_total();

    @Message("People")
    String nav_people();

    @Message("Find a person")
    String people_title();

    @Message("Name in Latin or Cyrillic script")
    String people_query();

    @Message("Search")
    String people_search();

    @Message("found")
    String people_found();

    @Message("Name in Cyrillic")
    String people_cyrillic();

    @Message("Destination region")
    String person_destination();

    @Message("No seat yet")
    String person_no_seat();

    @Message("Household")
    String person_household();

    @Message("Travels alone")
    String person_alone();

    @Message("Clearances")
    String person_clearances();

    @Message("Authority")
    String person_authority();

    @Message("Valid until")
    String person_valid_until();

    @Message("Status history")
    String person_history();

    @Message("When")
    String person_when();

    @Message("Before")
    String person_before();

    @Message("After")
    String person_after();
}
