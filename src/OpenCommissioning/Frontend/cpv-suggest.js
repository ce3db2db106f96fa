// Suggests CPV codes as a buyer types words into the CPV codes field (the ARIA combobox pattern). An enhancement only:
// without it the buyer types codes, and the hint links to the list of codes.
const input = document.querySelector('[data-cpv-suggest]')
if (input) enhance(input, input.getAttribute('data-cpv-suggest'))

function enhance (input, endpoint) {
  const listId = input.id + '-suggestions'
  const list = document.createElement('ul')
  list.id = listId
  list.setAttribute('role', 'listbox')
  // Not "CPV codes": the field's own label should name the field alone.
  list.setAttribute('aria-label', 'Suggested codes')
  list.className = 'govuk-list govuk-body-s govuk-!-margin-top-2'
  list.hidden = true
  const status = document.createElement('div')
  status.className = 'govuk-visually-hidden'
  status.setAttribute('aria-live', 'polite')
  input.after(list, status)
  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-controls', listId)
  input.setAttribute('aria-expanded', 'false')
  input.setAttribute('autocomplete', 'off')

  let timer = null
  let asked = 0
  let active = -1

  // The words being typed: what follows the last comma, when it holds a letter (codes need no suggesting).
  const current = () => {
    const part = input.value.slice(input.value.lastIndexOf(',') + 1).trim()
    return /[a-z]/i.test(part) ? part : ''
  }

  const close = () => {
    list.hidden = true
    list.replaceChildren()
    active = -1
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
  }

  const choose = (code) => {
    const comma = input.value.lastIndexOf(',')
    input.value = (comma < 0 ? '' : input.value.slice(0, comma + 1) + ' ') + code
    close()
    status.textContent = code + ' added'
    input.focus()
  }

  const highlight = (index) => {
    const options = list.children
    if (options.length === 0) return
    active = (index + options.length) % options.length
    for (let i = 0; i < options.length; i++) {
      options[i].setAttribute('aria-selected', i === active ? 'true' : 'false')
      options[i].classList.toggle('govuk-!-font-weight-bold', i === active)
    }
    input.setAttribute('aria-activedescendant', options[active].id)
  }

  const show = (suggestions) => {
    close()
    suggestions.forEach((s, i) => {
      const option = document.createElement('li')
      option.id = listId + '-' + i
      option.setAttribute('role', 'option')
      option.setAttribute('aria-selected', 'false')
      // textContent, never markup: the labels are data.
      option.textContent = s.code + ' ' + s.label
      option.addEventListener('mousedown', (event) => { event.preventDefault(); choose(s.code) })
      list.append(option)
    })
    status.textContent = suggestions.length === 0 ? 'No CPV codes match' : suggestions.length + ' CPV codes suggested'
    if (suggestions.length === 0) return
    list.hidden = false
    input.setAttribute('aria-expanded', 'true')
  }

  const suggest = async () => {
    const words = current()
    if (words.length < 3) { close(); return }
    const ask = ++asked
    try {
      const response = await fetch(endpoint + '?q=' + encodeURIComponent(words), { headers: { Accept: 'application/json' } })
      if (!response.ok || ask !== asked) return
      show(await response.json())
    } catch {
      close() // the field still takes typed codes
    }
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 250) })
  input.addEventListener('blur', () => setTimeout(close, 100))
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight(active + 1) }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active - 1) }
    else if (event.key === 'Escape') close()
    else if (event.key === 'Enter' && active >= 0) {
      // Choosing a code, not submitting the form.
      event.preventDefault()
      choose(list.children[active].textContent.split(' ')[0])
    }
  })
}
