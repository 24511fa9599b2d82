"""The permission matrix: every URL pattern of ours, and what each persona gets.

Columns (personas, tests/security/world.py):
    anonymous  staff  other  mentor  hlta  editor  approver  hr_a  hr_b  trust_hr  superuser

"staff" owns every person-linked record; "mentor" is their mentor; "other" is a
colleague at the same school; "hr_b" is HR of the other school of the same trust.

Codes:
    O  allowed (200, or a redirect that is not a refusal)
    L  redirected to a log-in page (anonymous; or a log-in without admin access, which
       Wagtail sends to the admin log-in)
    D  refused: 403, or Wagtail's "you do not have permission" redirect to the admin home
    N  404: someone else's record, or one outside the user's schools, is not disclosed

A new URL pattern that is not in MATRIX (nor one of Wagtail's own, below) fails
tests/security/test_permission_matrix.py: classify it here.
"""

PERSONAS = (
    "anonymous",
    "staff",
    "other",
    "mentor",
    "hlta",
    "editor",
    "approver",
    "hr_a",
    "hr_b",
    "trust_hr",
    "superuser",
)

# fmt: off
MATRIX = {
    # Staff pages and log-in                  an st ot me hl ed ap ha hb th su
    "branding_accent": "O O O O O O O O O O O",

    "portal_site_history": "L L L L O O O O O O O",
    "portal_site_history_results": "L L L L O O O O O O O",

    "courses:add": "L L L L D D D O O O O",
    "courses:copy": "L L L L D D D O O O O",
    "courses:delete": "L L L L D D D O O O O",
    "courses:edit": "L L L L D D D O O O O",
    "courses:history": "L L L L D D D O O O O",
    "courses:history_results": "L L L L D D D O O O O",
    "courses:index": "L L L L O D D O O O O",
    "courses:index_results": "L L L L O D D O O O O",
    "courses:usage": "L L L L D D D O O O O",

    "first_aid_cover:index": "L L L L D D D O O O O",
    "first_aid_cover:index_results": "L L L L D D D O O O O",

    "first_aid_rota:add": "L L L L D D D O O O O",
    "first_aid_rota:delete": "L L L L N N N O N O O",
    "first_aid_rota:edit": "L L L L D D D O N O O",
    "first_aid_rota:history": "L L L L N N N O N O O",
    "first_aid_rota:history_results": "L L L L N N N O N O O",
    "first_aid_rota:index": "L L L L D D D O O O O",
    "first_aid_rota:index_results": "L L L L D D D O O O O",
    "first_aid_rota:usage": "L L L L N N N O N O O",
    "first_aid_outings:add": "L L L L D D D O O O O",
    "first_aid_outings:delete": "L L L L N N N O N O O",
    "first_aid_outings:edit": "L L L L D D D O N O O",
    "first_aid_outings:history": "L L L L N N N O N O O",
    "first_aid_outings:history_results": "L L L L N N N O N O O",
    "first_aid_outings:index": "L L L L D D D O O O O",
    "first_aid_outings:index_results": "L L L L D D D O O O O",
    "first_aid_outings:usage": "L L L L N N N O N O O",

    "first_aid_targets:add": "L L L L D D D O O O O",
    "first_aid_targets:delete": "L L L L N N N O N O O",
    "first_aid_targets:edit": "L L L L D D D O N O O",
    "first_aid_targets:history": "L L L L N N N O N O O",
    "first_aid_targets:history_results": "L L L L N N N O N O O",
    "first_aid_targets:index": "L L L L D D D O O O O",
    "first_aid_targets:index_results": "L L L L D D D O O O O",
    "first_aid_targets:usage": "L L L L N N N O N O O",

    "handbook:acknowledge": "L O O O O O O O O O N",
    "handbook:my_policies": "L O O O O O O O O O O",
    "handbook:search": "L O O O O O O O O O O",

    "handbook_import_jd": "L L L L D O D D D D O",
    "handbook_import_policies": "L L L L D O D D D D O",

    "handbook_reports:acknowledgements": "L L L L D O O O O O O",
    "handbook_reports:acknowledgements_results": "L L L L D O O O O O O",
    "handbook_reports:review_due": "L L L L D O O O O O O",
    "handbook_reports:review_due_results": "L L L L D O O O O O O",

    "hr_access:add": "L L L L D D D D D O O",
    "hr_access:delete": "L L L L N N N D N D O",
    "hr_access:edit": "L L L L D D D D D O O",
    "hr_access:history": "L L L L N N N D N O O",
    "hr_access:history_results": "L L L L N N N D N O O",
    "hr_access:index": "L L L L D D D D D O O",
    "hr_access:index_results": "L L L L D D D D D O O",
    "hr_access:usage": "L L L L N N N D N O O",

    "induction:document": "L O N O N N N O N O O",
    "induction:extend": "L N N N N N N O N O O",
    "induction:mentee": "L N N O N N N O N O O",
    "induction:mentees": "L O O O O O O O O O O",
    "induction:my_induction": "L O O O O O O O O O O",
    "induction:my_step": "L O N N N N N N N N N",
    "induction:review": "L N N N N N N O N O O",
    "induction:sign_off": "L N N O N N N O N O O",

    "induction_progress:index": "L L L L D D D O O O O",
    "induction_progress:index_results": "L L L L D D D O O O O",

    "inductions:add": "L L L L D D D O O O O",
    "inductions:delete": "L L L L N N N D N D O",
    "inductions:edit": "L L L L D D D O N O O",
    "inductions:history": "L L L L N N N O N O O",
    "inductions:history_results": "L L L L N N N O N O O",
    "inductions:index": "L L L L D D D O O O O",
    "inductions:index_results": "L L L L D D D O O O O",
    "inductions:inspect": "L L L L N N N O N O O",
    "inductions:usage": "L L L L N N N O N O O",

    "login": "O O O O O O O O O O O",

    "logout": "L L L L L L L L L L L",

    "password_change": "L O O O O O O O O O O",

    "password_change_done": "L O O O O O O O O O O",

    "password_reset": "O O O O O O O O O O O",

    "password_reset_complete": "O O O O O O O O O O O",

    "password_reset_confirm": "O O O O O O O O O O O",

    "password_reset_done": "O O O O O O O O O O O",

    "portal_compliance_summary": "L L L L D D D O N O O",
    "portal_subject_access":     "L L L L D D D O N O O",

    "portal_dbs_copy": "L L L L D D D O N O O",

    "portal_import": "L L L L D D D O O O O",
    "training_import": "L L L L D D D O O O O",

    "portal_scr": "L L L L D D D O O O O",

    "portal_scr_results": "L L L L D D D O O O O",

    "people_compliance_report": "L L L L D D D O O O O",

    "roles:add": "L L L L D D D O O O O",
    "roles:copy": "L L L L D D D O O O O",
    "roles:delete": "L L L L D D D O O O O",
    "roles:edit": "L L L L D D D O O O O",
    "roles:history": "L L L L D D D O O O O",
    "roles:history_results": "L L L L D D D O O O O",
    "roles:index": "L L L L D O D O O O O",
    "roles:index_results": "L L L L D O D O O O O",
    "roles:usage": "L L L L D D D O O O O",

    "schools:add": "L L L L D D D O O O O",
    "schools:delete": "L L L L N N N O N O O",
    "schools:edit": "L L L L D D D O N O O",
    "schools:history": "L L L L N N N O N O O",
    "schools:history_results": "L L L L N N N O N O O",
    "schools:index": "L L L L D D D O O O O",
    "schools:index_results": "L L L L D D D O O O O",
    "schools:usage": "L L L L N N N O N O O",

    "staff:add": "L L L L D D D O O O O",
    "staff:delete": "L L L L N N N O N O O",
    "staff:edit": "L L L L D D D O N O O",
    "staff:history": "L L L L N N N O N O O",
    "staff:history_results": "L L L L N N N O N O O",
    "staff:index": "L L L L D D D O O O O",
    "staff:index_results": "L L L L D D D O O O O",
    "staff:inspect": "L L L L N N N O N O O",
    "staff:usage": "L L L L N N N O N O O",

    "training:attendance": "L N N N O N N O N O O",
    "training:cancel_place": "L O O O O O O O O O N",
    "training:cancel_session": "L N N N O N N O N O O",
    "training:certificate": "L O N N N N N O N O O",
    "training:my_training": "L O O O O O O O O O O",
    "training:sessions": "L O O O O O O O O O O",
    "training:sign_up": "L O O O O O O O O O N",

    "training_expiring:index": "L L L L D D D O O O O",
    "training_expiring:index_results": "L L L L D D D O O O O",

    "training_matrix:index": "L L L L D D D O O O O",
    "training_matrix:index_results": "L L L L D D D O O O O",

    "training_records:add": "L L L L D D D O O O O",
    "training_records:delete": "L L L L N N N O N O O",
    "training_records:edit": "L L L L D D D O N O O",
    "training_records:history": "L L L L N N N O N O O",
    "training_records:history_results": "L L L L N N N O N O O",
    "training_records:index": "L L L L D D D O O O O",
    "training_records:index_results": "L L L L D D D O O O O",
    "training_records:inspect": "L L L L N N N O N O O",
    "training_records:usage": "L L L L N N N O N O O",
    "training_records:verify": "L L L L N N N O N O O",

    "training_requirements:add": "L L L L D D D O O O O",
    "training_requirements:copy": "L L L L D D D O O O O",
    "training_requirements:delete": "L L L L D D D O O O O",
    "training_requirements:edit": "L L L L D D D O O O O",
    "training_requirements:history": "L L L L D D D O O O O",
    "training_requirements:history_results": "L L L L D D D O O O O",
    "training_requirements:index": "L L L L D D D O O O O",
    "training_requirements:index_results": "L L L L D D D O O O O",
    "training_requirements:usage": "L L L L D D D O O O O",

    "training_sessions:add": "L L L L O D D O O O O",
    "training_sessions:delete": "L L L L D N N O N O O",
    "training_sessions:edit": "L L L L O D D O N O O",
    "training_sessions:history": "L L L L O N N O N O O",
    "training_sessions:history_results": "L L L L O N N O N O O",
    "training_sessions:index": "L L L L O D D O O O O",
    "training_sessions:index_results": "L L L L O D D O O O O",
    "training_sessions:usage": "L L L L O N N O N O O",

    "trust_branding:add": "L L L L D D D D D O O",
    "trust_branding:delete": "L L L L N N N D D D O",
    "trust_branding:edit": "L L L L D D D D D O O",
    "trust_branding:history": "L L L L N N N D D O O",
    "trust_branding:history_results": "L L L L N N N D D O O",
    "trust_branding:index": "L L L L D D D D D O O",
    "trust_branding:index_results": "L L L L D D D D D O O",
    "trust_branding:usage": "L L L L N N N D D O O",

    "trusts:add": "L L L L D D D D D D O",
    "trusts:delete": "L L L L N N N D D D O",
    "trusts:edit": "L L L L D D D D D O O",
    "trusts:history": "L L L L N N N D D O O",
    "trusts:history_results": "L L L L N N N D D O O",
    "trusts:index": "L L L L D D D O O O O",
    "trusts:index_results": "L L L L D D D O O O O",
    "trusts:usage": "L L L L N N N D D O O",

    "two_factor": "L O O O O O O O O O O",

    "vetting_checks:add": "L L L L D D D O O O O",
    "vetting_checks:delete": "L L L L N N N O N O O",
    "vetting_checks:edit": "L L L L D D D O N O O",
    "vetting_checks:history": "L L L L N N N O N O O",
    "vetting_checks:history_results": "L L L L N N N O N O O",
    "vetting_checks:index": "L L L L D D D O O O O",
    "vetting_checks:index_results": "L L L L D D D O O O O",
    "vetting_checks:usage": "L L L L N N N O N O O",

    "wagtailsnippetchoosers_handbook_policycategory:choose": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_handbook_policycategory:choose_results": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_handbook_policycategory:chosen": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_handbook_policycategory:chosen_multiple": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_handbook_policycategory:create": "L L L L D O D D D D O",

    "wagtailsnippetchoosers_induction_inductiontemplate:choose": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_induction_inductiontemplate:choose_results": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_induction_inductiontemplate:chosen": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_induction_inductiontemplate:chosen_multiple": "L L L L O O O O O O O",
    "wagtailsnippetchoosers_induction_inductiontemplate:create": "L L L L D O D O O O O",

    "wagtailsnippets_handbook_policycategory:add": "L L L L D O D D D D O",
    "wagtailsnippets_handbook_policycategory:copy": "L L L L D O D D D D O",
    "wagtailsnippets_handbook_policycategory:delete": "L L L L D D D D D D O",
    "wagtailsnippets_handbook_policycategory:edit": "L L L L D O D D D D O",
    "wagtailsnippets_handbook_policycategory:history": "L L L L D O D D D D O",
    "wagtailsnippets_handbook_policycategory:history_results": "L L L L D O D D D D O",
    "wagtailsnippets_handbook_policycategory:list": "L L L L D O D D D D O",
    "wagtailsnippets_handbook_policycategory:list_results": "L L L L D O D D D D O",
    "wagtailsnippets_handbook_policycategory:usage": "L L L L D O D D D D O",

    "wagtailsnippets_induction_inductiontemplate:add": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:copy": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:delete": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:edit": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:history": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:history_results": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:list": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:list_results": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:preview_on_add": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:preview_on_edit": "L L L L D O D O O O O",
    "wagtailsnippets_induction_inductiontemplate:usage": "L L L L D O D O O O O",}
# fmt: on

# Wagtail's own admin and serving URLs: not ours to classify one by one. A handful
# are sampled (WAGTAIL_SAMPLES); the rest are recognised by namespace or name.
WAGTAIL_NAMESPACES = {
    "wagtailadmin_api",
    "wagtailadmin_collections",
    "wagtailadmin_editing_sessions",
    "wagtailadmin_pages",
    "wagtailadmin_reports",
    "wagtailadmin_workflows",
    "wagtaildocs",
    "wagtaildocs_chooser",
    "wagtailembeds",
    "wagtailforms",
    "wagtailimages",
    "wagtailimages_chooser",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailsettings",
    "wagtailsites",
    "wagtailsnippets",
    "wagtailusers_groups",
    "wagtailusers_users",
}
WAGTAIL_NAMES = {
    "admin/^.*/$",
    "admin/test404/",
    "wagtail_bulk_action",
    "wagtail_serve",
    "wagtailadmin_account",
    "wagtailadmin_block_preview",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_dismissibles",
    "wagtailadmin_error_test",
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_explore_root",
    "wagtailadmin_home",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_sprite",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",
    "wagtaildocs_authenticate_with_password",
    "wagtaildocs_serve",
}

# fmt: off
WAGTAIL_SAMPLES = {
    #                                          an st ot me hl ed ap ha hb th su
    "wagtail_serve":                          "L O O O O O O O O O O",
    "wagtailadmin_home":                      "L L L L O O O O O O O",
    "wagtailadmin_pages:edit":                "L L L L D O O D D D O",
    "wagtailadmin_explore_root":              "L L L L O O O D D D O",
    "wagtailusers_users:index":               "L L L L D D D D D D O",
    "wagtaildocs:index":                      "L L L L O O D D D D O",
    "wagtailadmin_reports:site_history":      "L L L L O O O O O O O",
}
# fmt: on


def is_wagtail_builtin(key):
    return key in WAGTAIL_NAMES or (":" in key and key.split(":")[0] in WAGTAIL_NAMESPACES)
