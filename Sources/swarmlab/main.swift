import SwarmLabApp

SwarmLabMain.main()
