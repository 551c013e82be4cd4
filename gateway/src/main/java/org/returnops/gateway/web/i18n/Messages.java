package org.returnops.gateway.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages: one method per key, the texts in {@code messages/msg_<lang>.properties}, English
 * ({@code msg_en}, the default) and Russian, Tajik, Uzbek (Latin) and Kazakh. The build fails when the English
 * file lacks a key declared here or any file names a key missing here.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    String app_title();

    String skip();

    String nav_home();
    String nav_board();
    String nav_convoys();
    String nav_register();
    String nav_queue();

    String logout();

    String language();

    String signed_in();

    String login_title();
    String login_username();
    String login_password();
    String login_submit();
    String login_failed();
    String login_locked();

    String home_intro();
    String home_nothing();

    String board_title();
    String board_people();
    String board_site();
    String board_status();
    String board_count();
    String board_total();
    String board_clearances();
    String board_authority();
    String board_pending();
    String board_longest_wait();
    String board_convoys();
    String board_route();
    String board_crossings();
    String board_vehicles();
    String board_mismatch();
    String board_expected();
    String board_counted();
    String board_live();
    String board_none();
    String board_unavailable();

    String convoys_title();

    String convoy_title();
    String convoy_departure();
    String convoy_manifest();
    String convoy_print();
    String convoy_csv();
    String convoy_vehicle();
    String convoy_seat();
    String convoy_name();
    String convoy_birth();
    String convoy_document();
    String convoy_destination();
    String convoy_passengers();
    String convoy_no_manifest();
    String convoy_headcount();
    String convoy_crossing();
    String convoy_choose();
    String convoy_counted();
    String convoy_record();
    String convoy_recorded();
    String convoy_arrival();
    String convoy_received_by();
    String convoy_arrive();
    String convoy_refused();

    String reg_title();
    String reg_site();
    String reg_name_latin();
    String reg_name_cyrillic();
    String reg_family();
    String reg_given();
    String reg_sex();
    String reg_sex_f();
    String reg_sex_m();
    String reg_sex_x();
    String reg_birth();
    String reg_nationality();
    String reg_phone();
    String reg_region();
    String reg_submit();
    String reg_done();
    String reg_errors();
    String reg_field_error();

    String queue_title();
    String queue_requested();
    String queue_type();
    String queue_reason();
    String queue_grant();
    String queue_deny();
    String queue_decided();
    String queue_pending_total();

    String nav_people();

    String people_title();
    String people_query();
    String people_search();
    String people_found();
    String people_cyrillic();

    String person_destination();
    String person_no_seat();
    String person_household();
    String person_alone();
    String person_clearances();
    String person_authority();
    String person_valid_until();
    String person_history();
    String person_when();
    String person_before();
    String person_after();
}
