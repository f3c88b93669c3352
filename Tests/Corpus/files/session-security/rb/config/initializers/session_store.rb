# frozen_string_literal: true

Rails.application.config.session_store :cookie_store,
                                       key: "_clinic_portal_session",
                                       expire_after: 20.minutes,
                                       httponly: false,
                                       same_site: :lax

Rails.application.config.action_dispatch.cookies_same_site_protection = :strict

Rails.application.config.force_ssl = true
