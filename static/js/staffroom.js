// Staffroom: GOV.UK Frontend's JavaScript, as progressive enhancement.
//
// Loaded at the end of <body> as a module (templates/base.html): the CSP allows no
// inline script, so this file also adds the classes GOV.UK's page template sets
// inline. Browsers without ES modules never run it; every page works without it
// (the main menu then shows as a plain list).
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
